-- The maintenance status machine's database side, the history and the notifications (ADR 0018).
--
-- Whatever changes a request's status (the owner's PATCH, a renter's cancel, a job, a direct
-- UPDATE) fires the same trigger, which refuses a move MaintenanceStatus does not allow (SQLSTATE
-- LPMS1, its message naming the current state: 409 maintenance-state-conflict) and otherwise writes
-- the maintenance_events row and the requester's notification in the same transaction. The history
-- is complete by construction: there is no path around the trigger but a superuser's.
--
-- The trigger functions are SECURITY DEFINER (listed in ADR 0002): requests may not write events
-- or notifications themselves. Forced RLS filters their owning role too, hence these policies.
CREATE POLICY maintenance_requests_definer_functions ON leaseport.maintenance_requests FOR ALL
  TO leaseport_owner USING (true) WITH CHECK (true);
CREATE POLICY maintenance_events_definer_functions ON leaseport.maintenance_events FOR INSERT
  TO leaseport_owner WITH CHECK (true);
-- notifications: INSERT for leaseport_owner is V21's notifications_lease_definer_functions.

-- The moves MaintenanceStatus allows, pair by pair (a test compares the two tables).
CREATE FUNCTION leaseport.maintenance_move_allowed(
    from_status leaseport.maintenance_status, to_status leaseport.maintenance_status)
  RETURNS boolean
  LANGUAGE sql IMMUTABLE
  SET search_path = ''
  AS $$
    SELECT (from_status::text, to_status::text) IN
      (('OPEN', 'IN_PROGRESS'), ('OPEN', 'ON_HOLD'), ('OPEN', 'CANCELLED'),
       ('IN_PROGRESS', 'ON_HOLD'), ('IN_PROGRESS', 'COMPLETED'),
       ('ON_HOLD', 'IN_PROGRESS'))
  $$;
REVOKE EXECUTE ON FUNCTION
  leaseport.maintenance_move_allowed(leaseport.maintenance_status, leaseport.maintenance_status)
  FROM PUBLIC;

-- Filing: the history starts with the request (from null to its status), and the owner learns of
-- a request somebody else filed.
CREATE FUNCTION leaseport.record_maintenance_filed() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
BEGIN
  INSERT INTO leaseport.maintenance_events (request_id, owner_id, from_status, to_status, actor_id)
  VALUES (NEW.id, NEW.owner_id, NULL, NEW.status, (SELECT auth.uid()));
  IF NEW.requested_by <> NEW.owner_id THEN
    INSERT INTO leaseport.notifications (user_id, owner_id, type, title, body, link)
    VALUES (NEW.owner_id, NEW.owner_id, 'MAINTENANCE_CREATED', 'New maintenance request',
            NEW.title, '/api/v1/maintenance-requests/' || NEW.id);
  END IF;
  RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.record_maintenance_filed() FROM PUBLIC;
CREATE TRIGGER maintenance_requests_filed AFTER INSERT ON leaseport.maintenance_requests
  FOR EACH ROW EXECUTE FUNCTION leaseport.record_maintenance_filed();

-- A status change: checked against the allowed moves, completed_at kept, one event with the
-- caller as actor (null when the system changes it) and the note the UPDATE carried in
-- status_note, which is cleared; the requester is told unless they made the change. BEFORE the
-- row is written, so a refused move writes nothing and the event exists only if the change does.
CREATE FUNCTION leaseport.record_maintenance_status() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  actor uuid := (SELECT auth.uid());
  note text := NEW.status_note;
BEGIN
  NEW.status_note := NULL;
  IF NEW.status = OLD.status THEN
    IF note IS NOT NULL THEN
      RAISE EXCEPTION 'a note needs a status change' USING ERRCODE = 'LPV01', COLUMN = 'note';
    END IF;
    RETURN NEW;
  END IF;
  IF NOT leaseport.maintenance_move_allowed(OLD.status, NEW.status) THEN
    RAISE EXCEPTION 'The maintenance request is %; it cannot become %', OLD.status, NEW.status
      USING ERRCODE = 'LPMS1';
  END IF;
  NEW.completed_at := CASE WHEN NEW.status = 'COMPLETED' THEN now() END;
  INSERT INTO leaseport.maintenance_events
    (request_id, owner_id, from_status, to_status, actor_id, note)
  VALUES (NEW.id, NEW.owner_id, OLD.status, NEW.status, actor, note);
  IF actor IS DISTINCT FROM NEW.requested_by THEN
    INSERT INTO leaseport.notifications (user_id, owner_id, type, title, body, link)
    VALUES (NEW.requested_by, NEW.owner_id, 'MAINTENANCE_STATUS_CHANGED',
            'Maintenance request ' || replace(lower(NEW.status::text), '_', ' '),
            NEW.title, '/api/v1/maintenance-requests/' || NEW.id);
  END IF;
  RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.record_maintenance_status() FROM PUBLIC;
CREATE TRIGGER maintenance_requests_status BEFORE UPDATE ON leaseport.maintenance_requests
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR NEW.status_note IS NOT NULL)
  EXECUTE FUNCTION leaseport.record_maintenance_status();

-- Files a request in one call. An owner files for a unit of theirs (naming its ACTIVE lease, if
-- any); a renter for the unit of an ACTIVE lease of theirs, which the request names. Any other
-- unit is "Unit not found" (P0002), as under RLS. The costs' currency is the unit's. SECURITY
-- INVOKER: the insert passes the table's policies like any request's.
CREATE FUNCTION leaseport.file_maintenance_request(
    unit_id uuid, title text, description text, category leaseport.maintenance_category,
    priority leaseport.maintenance_priority)
  RETURNS uuid
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  caller uuid := (SELECT auth.uid());
  caller_type text := (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type');
  unit_owner uuid;
  unit_currency char(3);
  lease uuid;
  filed uuid;
BEGIN
  IF caller_type = 'OWNER' THEN
    SELECT u.owner_id, u.currency INTO unit_owner, unit_currency FROM leaseport.units u
      WHERE u.id = file_maintenance_request.unit_id AND u.owner_id = caller;
    SELECT l.id INTO lease FROM leaseport.leases l
      WHERE l.unit_id = file_maintenance_request.unit_id AND l.owner_id = caller
        AND l.status = 'ACTIVE'
      ORDER BY l.start_date DESC LIMIT 1;
  ELSIF caller_type = 'TENANT' THEN
    SELECT l.id, l.owner_id, u.currency INTO lease, unit_owner, unit_currency
      FROM leaseport.leases l
      JOIN leaseport.units u ON u.id = l.unit_id
      WHERE l.id = ANY (leaseport.my_active_lease_ids())
        AND l.unit_id = file_maintenance_request.unit_id
      ORDER BY l.start_date DESC LIMIT 1;
  END IF;
  IF unit_owner IS NULL THEN
    RAISE EXCEPTION 'Unit not found' USING ERRCODE = 'P0002';
  END IF;
  INSERT INTO leaseport.maintenance_requests
    (owner_id, unit_id, lease_id, requested_by, title, description, category, priority, currency)
  VALUES (unit_owner, file_maintenance_request.unit_id, lease, caller,
          file_maintenance_request.title, file_maintenance_request.description,
          file_maintenance_request.category, file_maintenance_request.priority, unit_currency)
  RETURNING id INTO filed;
  RETURN filed;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.file_maintenance_request(
  uuid, text, text, leaseport.maintenance_category, leaseport.maintenance_priority) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.file_maintenance_request(
  uuid, text, text, leaseport.maintenance_category, leaseport.maintenance_priority)
  TO authenticated;

-- The renter who filed a request withdraws it while it is OPEN. SECURITY DEFINER (ADR 0002): a
-- renter has no UPDATE on requests, so that cancelling cannot also change priority or costs; the
-- caller is checked here. Anyone else gets "not found"; a request past OPEN is LPMS1.
CREATE FUNCTION leaseport.cancel_maintenance_request(request_id uuid, note text) RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  current_status leaseport.maintenance_status;
BEGIN
  SELECT r.status INTO current_status FROM leaseport.maintenance_requests r
    WHERE r.id = cancel_maintenance_request.request_id
      AND r.requested_by = (SELECT auth.uid())
      AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'TENANT'
    FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Maintenance request not found' USING ERRCODE = 'P0002';
  END IF;
  IF current_status <> 'OPEN' THEN
    RAISE EXCEPTION 'The maintenance request is %; only an OPEN request can be cancelled',
      current_status USING ERRCODE = 'LPMS1';
  END IF;
  UPDATE leaseport.maintenance_requests r
    SET status = 'CANCELLED', status_note = cancel_maintenance_request.note
    WHERE r.id = cancel_maintenance_request.request_id;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.cancel_maintenance_request(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.cancel_maintenance_request(uuid, text) TO authenticated;
