-- Whom a FORWARDED contact was put through to ("put through to whom?" from the town's directory): the unit, the
-- contact point within it if one, and the number dialled. Only a forwarded contact has one. Not personal data (a
-- function's extension, not the caller's), but readable by the contact's parties only, like the rest of the row.
ALTER TABLE contact ADD COLUMN transferred_to jsonb;
ALTER TABLE contact ADD CONSTRAINT contact_transfer_only_when_forwarded
    CHECK (transferred_to IS NULL OR outcome = 'FORWARDED');
