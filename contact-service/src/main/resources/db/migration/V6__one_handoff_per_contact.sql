-- A call's question is handed over once: a second request for the same contact (a double click, a retry after a
-- lost answer) finds the first handoff instead of creating another one for the town to answer twice.
CREATE UNIQUE INDEX handoff_one_per_contact ON handoff (contact_id) WHERE contact_id IS NOT NULL;
