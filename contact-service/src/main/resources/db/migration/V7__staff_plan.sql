-- Capacity planning: the agents a host plans (or rostered) for each half-hour of its center's days, entered over the
-- API or uploaded as CSV, to hold the predicted service level against the measured one afterwards. Half-hours count
-- on the Berlin clock (0 = 00:00–00:30 … 47 = 23:30–24:00).
CREATE TABLE staff_plan (
    service_center varchar(63) NOT NULL,
    host_tenant    varchar(63) NOT NULL,
    day            date        NOT NULL,
    half_hour      smallint    NOT NULL CHECK (half_hour BETWEEN 0 AND 47),
    agents         integer     NOT NULL CHECK (agents BETWEEN 0 AND 10000),
    entered_by     varchar(255) NOT NULL,
    entered_at     timestamptz NOT NULL,
    PRIMARY KEY (service_center, day, half_hour)
);

-- A staffing plan is the host's alone.
SELECT scv_protect('staff_plan');
CREATE POLICY request_tenants ON staff_plan TO contact_service
    USING ((SELECT scv_sees_all()) OR host_tenant = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR host_tenant = ANY ((SELECT scv_tenants())::text[]));
