-- Maintenance requests and their history (ADR 0018).
--
-- A request belongs to the owner of its unit; a renter files one for the unit of an ACTIVE lease
-- of theirs, which the request then names. Its status changes leave one maintenance_events row
-- each, written by a trigger (V61), never by requests: the history cannot be forged or skipped.

-- The same literals as the domain's enums; MaintenanceStatus holds the transition table.
CREATE TYPE leaseport.maintenance_category AS ENUM
  ('PLUMBING', 'ELECTRICAL', 'HVAC', 'APPLIANCE', 'STRUCTURAL', 'PEST', 'OTHER');
CREATE TYPE leaseport.maintenance_priority AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'URGENT');
CREATE TYPE leaseport.maintenance_status AS ENUM
  ('OPEN', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED');

-- A request's lease is a lease of the request's unit and owner: one composite key says both.
ALTER TABLE leaseport.leases
  ADD CONSTRAINT leases_id_unit_owner_key UNIQUE (id, unit_id, owner_id);

CREATE TABLE leaseport.maintenance_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  unit_id uuid NOT NULL,
  lease_id uuid,
  requested_by uuid NOT NULL REFERENCES leaseport.users (id),
  title text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
  description text CHECK (char_length(description) <= 5000),
  category leaseport.maintenance_category NOT NULL DEFAULT 'OTHER',
  priority leaseport.maintenance_priority NOT NULL DEFAULT 'MEDIUM',
  status leaseport.maintenance_status NOT NULL DEFAULT 'OPEN',
  scheduled_for date,
  -- Both costs are in the request's currency, the unit's when it was filed.
  estimated_cost bigint CHECK (estimated_cost BETWEEN 0 AND 10000000000),
  actual_cost bigint CHECK (actual_cost BETWEEN 0 AND 10000000000),
  currency char(3) NOT NULL DEFAULT 'usd' CHECK (currency ~ '^[a-z]{3}$'),
  completed_at timestamptz,
  -- The note of the status change an UPDATE makes: the history trigger moves it into the event
  -- and clears it, so it is always null at rest (the check proves it) and cannot leak into the
  -- next change. A column, not a session setting: it travels with the row it explains.
  status_note text CHECK (status_note IS NULL),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT maintenance_requests_id_owner_key UNIQUE (id, owner_id),
  CONSTRAINT maintenance_requests_completed_at_check
    CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
  -- Same owner as the unit and the lease, on insert and on update; no cascade: a unit with
  -- maintenance history is archived, not deleted (409).
  CONSTRAINT maintenance_requests_unit_fk FOREIGN KEY (unit_id, owner_id)
    REFERENCES leaseport.units (id, owner_id),
  CONSTRAINT maintenance_requests_lease_fk FOREIGN KEY (lease_id, unit_id, owner_id)
    REFERENCES leaseport.leases (id, unit_id, owner_id)
);
-- The owner's lists: by owner, then the usual filters and sorts.
CREATE INDEX maintenance_requests_owner_id_idx
  ON leaseport.maintenance_requests (owner_id, created_at DESC);
CREATE INDEX maintenance_requests_owner_status_idx
  ON leaseport.maintenance_requests (owner_id, status, priority);
CREATE INDEX maintenance_requests_unit_id_owner_id_idx
  ON leaseport.maintenance_requests (unit_id, owner_id);
CREATE INDEX maintenance_requests_lease_id_idx
  ON leaseport.maintenance_requests (lease_id, unit_id, owner_id) WHERE lease_id IS NOT NULL;
CREATE INDEX maintenance_requests_requested_by_idx
  ON leaseport.maintenance_requests (requested_by);
CREATE TRIGGER maintenance_requests_touch BEFORE UPDATE ON leaseport.maintenance_requests
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- Append-only: one row per status change (and one for the filing, from null to OPEN). No version:
-- nobody edits a row once written.
CREATE TABLE leaseport.maintenance_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL,
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  from_status leaseport.maintenance_status,
  to_status leaseport.maintenance_status NOT NULL,
  -- Who made the change; null when the system did (a job, a webhook).
  actor_id uuid REFERENCES leaseport.users (id),
  note text CHECK (char_length(note) <= 2000),
  at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT maintenance_events_request_fk FOREIGN KEY (request_id, owner_id)
    REFERENCES leaseport.maintenance_requests (id, owner_id)
);
CREATE INDEX maintenance_events_owner_id_idx ON leaseport.maintenance_events (owner_id);
CREATE INDEX maintenance_events_request_id_owner_id_idx
  ON leaseport.maintenance_events (request_id, owner_id, at);
CREATE INDEX maintenance_events_actor_id_idx ON leaseport.maintenance_events (actor_id)
  WHERE actor_id IS NOT NULL;

-- The ACTIVE leases the calling renter is party to, and their units: computed once per statement
-- (an InitPlan) as in V51, empty at once for anyone who is not a TENANT.
CREATE FUNCTION leaseport.my_active_lease_ids() RETURNS uuid[]
  LANGUAGE sql STABLE
  SECURITY DEFINER
  SET search_path = ''
  AS $$
    SELECT coalesce(array_agg(l.id), '{}')
    FROM leaseport.leases l
    WHERE (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'TENANT'
      AND l.status = 'ACTIVE'
      AND l.id IN (SELECT leaseport.my_lease_ids())
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.my_active_lease_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.my_active_lease_ids() TO authenticated;

CREATE FUNCTION leaseport.my_active_unit_ids() RETURNS uuid[]
  LANGUAGE sql STABLE
  SECURITY DEFINER
  SET search_path = ''
  AS $$
    SELECT coalesce(array_agg(DISTINCT l.unit_id), '{}')
    FROM leaseport.leases l
    WHERE l.id = ANY (leaseport.my_active_lease_ids())
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.my_active_unit_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.my_active_unit_ids() TO authenticated;

ALTER TABLE leaseport.maintenance_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.maintenance_requests FORCE ROW LEVEL SECURITY;
-- The owner sees and changes every request of theirs (V4's pattern).
CREATE POLICY maintenance_requests_owner ON leaseport.maintenance_requests FOR ALL
  TO authenticated
  USING (owner_id = (SELECT auth.uid()))
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');
-- A renter files a request under an ACTIVE lease of theirs; the composite key ties the lease to
-- the unit and owner named.
CREATE POLICY maintenance_requests_renter_file ON leaseport.maintenance_requests FOR INSERT
  TO authenticated
  WITH CHECK ((SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'TENANT'
              AND lease_id = ANY ((SELECT leaseport.my_active_lease_ids())::uuid[]));
-- Whoever files a request is the one it names: nobody files in another user's name.
CREATE POLICY maintenance_requests_filed_by_caller ON leaseport.maintenance_requests
  AS RESTRICTIVE FOR INSERT TO authenticated
  WITH CHECK (requested_by = (SELECT auth.uid()));
-- A renter reads what they filed (also after the lease ends) and the requests of the units they
-- lease now; never another unit's. Read only: writes need the owner policy.
CREATE POLICY maintenance_requests_renter_read ON leaseport.maintenance_requests FOR SELECT
  TO authenticated
  USING (requested_by = (SELECT auth.uid())
         OR unit_id = ANY ((SELECT leaseport.my_active_unit_ids())::uuid[]));

ALTER TABLE leaseport.maintenance_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.maintenance_events FORCE ROW LEVEL SECURITY;
CREATE POLICY maintenance_events_owner_read ON leaseport.maintenance_events FOR SELECT
  TO authenticated USING (owner_id = (SELECT auth.uid()));
-- A renter reads the history of exactly the requests they may read (that table's policies apply
-- inside the subquery). The user-type test first spares an owner's reads the subquery.
CREATE POLICY maintenance_events_renter_read ON leaseport.maintenance_events FOR SELECT
  TO authenticated
  USING ((SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'TENANT'
         AND request_id IN (SELECT r.id FROM leaseport.maintenance_requests r));

-- Requests file and change requests; the status only as far as the transition rules allow (V61).
-- No DELETE: a request is cancelled and its history kept. Events get no write right at all.
GRANT SELECT ON leaseport.maintenance_requests TO authenticated;
GRANT INSERT (owner_id, unit_id, lease_id, requested_by, title, description, category, priority,
              currency)
  ON leaseport.maintenance_requests TO authenticated;
GRANT UPDATE (status, status_note, priority, scheduled_for, estimated_cost, actual_cost)
  ON leaseport.maintenance_requests TO authenticated;
GRANT SELECT ON leaseport.maintenance_events TO authenticated;
