-- The lease's transitions, each one database call (ADR 0003, 0012). Stable errors, mapped by
-- SqlErrors: P0002 not found (404); LPST1 an illegal transition, its message naming the current
-- state (409 lease-state-conflict); LPSG1 signed already (409 lease-already-signed); LPV01 a field
-- the lease still lacks, named in COLUMN (422); 23P01 on leases_unit_dates_no_overlap (409
-- lease-overlap).
--
-- A lease's status changes only here: requests have no UPDATE on it. The owner's transitions and
-- signing are SECURITY DEFINER (listed in ADR 0002) because they write what a request may not:
-- the status, the unit's status, signatures and notifications. Each checks its caller first.

-- The caller's owner id when the token says OWNER, else null.
CREATE FUNCTION leaseport.calling_owner() RETURNS uuid
  LANGUAGE sql STABLE
  SET search_path = ''
  AS $$
    SELECT CASE WHEN (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER'
                THEN (SELECT auth.uid()) END
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.calling_owner() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.calling_owner() TO authenticated;

-- Notifications are written by the events they report, in the same transaction (V5). These run
-- as the transition's definer; a status change by any other path has no right to notify.
CREATE FUNCTION leaseport.notify_lease_status() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  kind leaseport.notification_type;
  title text;
  to_owner boolean := false;
BEGIN
  CASE NEW.status
    WHEN 'PENDING_SIGNATURE' THEN
      kind := 'LEASE_SENT_FOR_SIGNATURE'; title := 'A lease is waiting for your signature';
    WHEN 'ACTIVE' THEN
      kind := 'LEASE_ACTIVATED'; title := 'The lease is signed and active'; to_owner := true;
    WHEN 'TERMINATED' THEN
      kind := 'LEASE_TERMINATED'; title := 'The lease was terminated';
    ELSE
      RETURN NULL;
  END CASE;
  INSERT INTO leaseport.notifications (user_id, owner_id, type, title, link)
  SELECT recipient, NEW.owner_id, kind, title, '/api/v1/leases/' || NEW.id
  FROM (SELECT t.user_id AS recipient
        FROM leaseport.lease_tenants lt
        JOIN leaseport.tenants t ON t.id = lt.tenant_id AND t.owner_id = lt.owner_id
        WHERE lt.lease_id = NEW.id AND t.user_id IS NOT NULL
        UNION
        SELECT NEW.owner_id WHERE to_owner) recipients;
  RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.notify_lease_status() FROM PUBLIC;
CREATE TRIGGER leases_notify_status AFTER UPDATE OF status ON leaseport.leases
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION leaseport.notify_lease_status();

-- Every other party of the lease learns of a signature.
CREATE FUNCTION leaseport.notify_lease_signed() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
BEGIN
  INSERT INTO leaseport.notifications (user_id, owner_id, type, title, link)
  SELECT recipient, NEW.owner_id, 'LEASE_SIGNED',
         CASE NEW.party WHEN 'OWNER' THEN 'The owner signed the lease'
                        ELSE 'A tenant signed the lease' END,
         '/api/v1/leases/' || NEW.lease_id
  FROM (SELECT t.user_id AS recipient
        FROM leaseport.lease_tenants lt
        JOIN leaseport.tenants t ON t.id = lt.tenant_id AND t.owner_id = lt.owner_id
        WHERE lt.lease_id = NEW.lease_id AND t.user_id IS NOT NULL
        UNION
        SELECT NEW.owner_id) recipients
  WHERE recipient <> NEW.signed_by;
  RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.notify_lease_signed() FROM PUBLIC;
CREATE TRIGGER lease_signatures_notify AFTER INSERT ON leaseport.lease_signatures
  FOR EACH ROW EXECUTE FUNCTION leaseport.notify_lease_signed();

-- DRAFT -> PENDING_SIGNATURE: needs exactly one PRIMARY tenant (dates, rent and unit are the
-- table's constraints); the exclusion constraint checks the overlap; linked tenants are notified.
CREATE FUNCTION leaseport.send_lease(lease_id uuid) RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  current_status leaseport.lease_status;
BEGIN
  SELECT l.status INTO current_status FROM leaseport.leases l
    WHERE l.id = send_lease.lease_id AND l.owner_id = leaseport.calling_owner() FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Lease not found' USING ERRCODE = 'P0002';
  END IF;
  IF current_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'The lease is %; only a DRAFT lease can be sent', current_status
      USING ERRCODE = 'LPST1';
  END IF;
  IF (SELECT count(*) FROM leaseport.lease_tenants lt
      WHERE lt.lease_id = send_lease.lease_id AND lt.role = 'PRIMARY') <> 1 THEN
    RAISE EXCEPTION 'must include exactly one PRIMARY tenant'
      USING ERRCODE = 'LPV01', COLUMN = 'tenants';
  END IF;
  UPDATE leaseport.leases l SET status = 'PENDING_SIGNATURE' WHERE l.id = send_lease.lease_id;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.send_lease(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.send_lease(uuid) TO authenticated;

-- The owner, or a renter linked to a tenant record on the lease, signs once. When the owner and
-- the PRIMARY tenant have both signed, PENDING_SIGNATURE -> ACTIVE and the unit OCCUPIED, in this
-- transaction. The lease row is locked first, so of two signatures at once the second sees the
-- first and exactly one of them activates. Anyone else, and a renter before the lease is sent,
-- gets "not found", as under RLS. Returns the lease's status afterwards.
CREATE FUNCTION leaseport.sign_lease(lease_id uuid, client_ip text, user_agent text)
  RETURNS leaseport.lease_status
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  caller uuid := (SELECT auth.uid());
  caller_type text := (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type');
  lease_owner uuid;
  lease_unit uuid;
  current_status leaseport.lease_status;
  signer_party leaseport.signature_party;
  signer_tenant uuid;
BEGIN
  SELECT l.owner_id INTO lease_owner FROM leaseport.leases l WHERE l.id = sign_lease.lease_id;
  IF caller IS NOT NULL AND caller_type = 'OWNER' AND lease_owner = caller THEN
    signer_party := 'OWNER';
  ELSIF caller IS NOT NULL AND caller_type = 'TENANT' AND sign_lease.lease_id IN
        (SELECT leaseport.my_lease_ids()) THEN
    signer_party := 'TENANT';
    -- The renter signs for their record on this lease (the primary one when they hold two).
    SELECT lt.tenant_id INTO signer_tenant
    FROM leaseport.lease_tenants lt
    JOIN leaseport.tenants t ON t.id = lt.tenant_id AND t.owner_id = lt.owner_id
    WHERE lt.lease_id = sign_lease.lease_id AND t.user_id = caller
    ORDER BY lt.role = 'PRIMARY' DESC
    LIMIT 1;
  ELSE
    RAISE EXCEPTION 'Lease not found' USING ERRCODE = 'P0002';
  END IF;

  SELECT l.status, l.unit_id INTO current_status, lease_unit FROM leaseport.leases l
    WHERE l.id = sign_lease.lease_id FOR UPDATE;
  IF current_status <> 'PENDING_SIGNATURE' THEN
    RAISE EXCEPTION 'The lease is %; only a PENDING_SIGNATURE lease can be signed', current_status
      USING ERRCODE = 'LPST1';
  END IF;

  INSERT INTO leaseport.lease_signatures
    (lease_id, owner_id, party, tenant_id, signed_by, client_ip, user_agent)
  VALUES (sign_lease.lease_id, lease_owner, signer_party, signer_tenant, caller,
          left(sign_lease.client_ip, 64), left(sign_lease.user_agent, 500))
  ON CONFLICT DO NOTHING;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'The lease is already signed by you' USING ERRCODE = 'LPSG1';
  END IF;

  IF EXISTS (SELECT 1 FROM leaseport.lease_signatures s
             WHERE s.lease_id = sign_lease.lease_id AND s.party = 'OWNER')
     AND EXISTS (SELECT 1 FROM leaseport.lease_signatures s
                 JOIN leaseport.lease_tenants lt
                   ON lt.lease_id = s.lease_id AND lt.tenant_id = s.tenant_id
                 WHERE s.lease_id = sign_lease.lease_id AND lt.role = 'PRIMARY') THEN
    UPDATE leaseport.leases l SET status = 'ACTIVE' WHERE l.id = sign_lease.lease_id;
    UPDATE leaseport.units u SET status = 'OCCUPIED'
      WHERE u.id = lease_unit AND u.owner_id = lease_owner AND u.status <> 'OCCUPIED';
    RETURN 'ACTIVE';
  END IF;
  RETURN current_status;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.sign_lease(uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.sign_lease(uuid, text, text) TO authenticated;

-- ACTIVE -> TERMINATED as of effective_on; the unit is VACANT again unless another ACTIVE lease
-- of it remains.
CREATE FUNCTION leaseport.terminate_lease(lease_id uuid, effective_on date, reason text)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  current_status leaseport.lease_status;
  lease_unit uuid;
BEGIN
  SELECT l.status, l.unit_id INTO current_status, lease_unit FROM leaseport.leases l
    WHERE l.id = terminate_lease.lease_id AND l.owner_id = leaseport.calling_owner() FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Lease not found' USING ERRCODE = 'P0002';
  END IF;
  IF current_status <> 'ACTIVE' THEN
    RAISE EXCEPTION 'The lease is %; only an ACTIVE lease can be terminated', current_status
      USING ERRCODE = 'LPST1';
  END IF;
  UPDATE leaseport.leases l
    SET status = 'TERMINATED', terminated_at = now(), terminated_on = effective_on,
        termination_reason = reason
    WHERE l.id = terminate_lease.lease_id;
  UPDATE leaseport.units u SET status = 'VACANT'
    WHERE u.id = lease_unit AND u.status = 'OCCUPIED'
      AND NOT EXISTS (SELECT 1 FROM leaseport.leases o
                      WHERE o.unit_id = lease_unit AND o.status = 'ACTIVE');
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.terminate_lease(uuid, date, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.terminate_lease(uuid, date, text) TO authenticated;

-- DRAFT | PENDING_SIGNATURE -> CANCELLED.
CREATE FUNCTION leaseport.cancel_lease(lease_id uuid) RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  current_status leaseport.lease_status;
BEGIN
  SELECT l.status INTO current_status FROM leaseport.leases l
    WHERE l.id = cancel_lease.lease_id AND l.owner_id = leaseport.calling_owner() FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Lease not found' USING ERRCODE = 'P0002';
  END IF;
  IF current_status NOT IN ('DRAFT', 'PENDING_SIGNATURE') THEN
    RAISE EXCEPTION 'The lease is %; only a DRAFT or PENDING_SIGNATURE lease can be cancelled',
      current_status USING ERRCODE = 'LPST1';
  END IF;
  UPDATE leaseport.leases l SET status = 'CANCELLED' WHERE l.id = cancel_lease.lease_id;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.cancel_lease(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.cancel_lease(uuid) TO authenticated;

-- A new DRAFT from the day after an ACTIVE or ENDED lease's end, same unit, terms and tenants,
-- linked by renewed_from_id. SECURITY INVOKER: it writes only what the owner may write anyway.
CREATE FUNCTION leaseport.renew_lease(lease_id uuid, end_date date, rent_amount bigint)
  RETURNS uuid
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  old leaseport.leases%ROWTYPE;
  renewal uuid;
BEGIN
  SELECT * INTO old FROM leaseport.leases l
    WHERE l.id = renew_lease.lease_id AND l.owner_id = leaseport.calling_owner();
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Lease not found' USING ERRCODE = 'P0002';
  END IF;
  IF old.status NOT IN ('ACTIVE', 'ENDED') THEN
    RAISE EXCEPTION 'The lease is %; only an ACTIVE or ENDED lease can be renewed', old.status
      USING ERRCODE = 'LPST1';
  END IF;
  INSERT INTO leaseport.leases
    (owner_id, unit_id, start_date, end_date, rent_amount, currency, security_deposit,
     rent_due_day, grace_period_days, late_fee_amount, renewed_from_id)
  VALUES (old.owner_id, old.unit_id, old.end_date + 1, renew_lease.end_date,
          coalesce(renew_lease.rent_amount, old.rent_amount), old.currency,
          old.security_deposit, old.rent_due_day, old.grace_period_days, old.late_fee_amount,
          old.id)
  RETURNING id INTO renewal;
  INSERT INTO leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)
  SELECT renewal, lt.tenant_id, lt.owner_id, lt.role
  FROM leaseport.lease_tenants lt WHERE lt.lease_id = old.id;
  RETURN renewal;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.renew_lease(uuid, date, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.renew_lease(uuid, date, bigint) TO authenticated;

-- The daily job: ACTIVE leases whose end date is before as_of are ENDED, their units VACANT
-- unless another lease still in force covers them. Set-based and idempotent: a second run, or
-- one on another server at the same time, finds no ACTIVE lease left to end (the row lock makes
-- the later UPDATE re-check the status). Runs as service_role (the system tier, reason
-- SCHEDULED_JOB), which bypasses RLS and holds only SELECT and UPDATE (status) here.
CREATE FUNCTION leaseport.end_expired_leases(as_of date) RETURNS jsonb
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  ended bigint;
  vacated bigint;
BEGIN
  WITH ended_leases AS (
    UPDATE leaseport.leases l SET status = 'ENDED'
    WHERE l.status = 'ACTIVE' AND l.end_date < end_expired_leases.as_of
    RETURNING l.id, l.unit_id
  ), vacated_units AS (
    -- The statement's snapshot still shows the leases being ended as ACTIVE: skip them by id.
    UPDATE leaseport.units u SET status = 'VACANT'
    WHERE u.id IN (SELECT e.unit_id FROM ended_leases e) AND u.status = 'OCCUPIED'
      AND NOT EXISTS (SELECT 1 FROM leaseport.leases o
                      WHERE o.unit_id = u.id AND o.status = 'ACTIVE'
                        AND o.id NOT IN (SELECT e.id FROM ended_leases e))
    RETURNING u.id
  )
  SELECT (SELECT count(*) FROM ended_leases), (SELECT count(*) FROM vacated_units)
    INTO ended, vacated;
  RETURN jsonb_build_object('ended', ended, 'unitsVacated', vacated);
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.end_expired_leases(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.end_expired_leases(date) TO service_role;
