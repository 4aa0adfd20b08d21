-- The town's postal address (its Rathaus), for portals and the schema.org export. Optional: towns registered
-- before it have none until their admins add it.
ALTER TABLE tenant ADD COLUMN street_address varchar(200);
ALTER TABLE tenant ADD COLUMN postal_code    varchar(5) CHECK (postal_code ~ '^[0-9]{5}$');
ALTER TABLE tenant ADD COLUMN locality       varchar(100);
ALTER TABLE tenant ADD CONSTRAINT tenant_address_complete
    CHECK ((street_address IS NULL) = (postal_code IS NULL) AND (postal_code IS NULL) = (locality IS NULL));
