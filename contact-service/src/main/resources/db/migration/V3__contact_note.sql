-- The agent's optional note on a contact ("Unterlagen kommen per Post", "an Standesamt weitergeleitet"): free text,
-- so it may carry what a citizen said about themselves. It is therefore short, kept only for the note retention
-- period (PersonalDataRetention erases it), readable by the contact's host and town only, and never by portals
-- (contact_public's column grants in V2 leave it out).
ALTER TABLE contact ADD COLUMN note varchar(500);
-- The retention job finds the notes to erase.
CREATE INDEX contact_note_time ON contact (arrived_at) WHERE note IS NOT NULL;
