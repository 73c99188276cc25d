-- What makes charges (ADR 0020): the two daily jobs, the owner's two actions, the notification of
-- every new charge, and terminating a lease, which now settles its future rent. Stable errors,
-- mapped by SqlErrors: P0002 not found (404); LPST1 the lease's state (409 lease-state-conflict);
-- LPCH1 the charge's state (409 charge-state-conflict).

-- Rent for the days from_day..to_day (both included) of one calendar month: the lease's monthly
-- rent x those days / the days of that month, rounded half up to a whole minor unit, and never
-- below 1 (a charge is positive). A whole month is exactly the rent, whatever its length.
CREATE FUNCTION leaseport.rent_for_days(rent bigint, from_day date, to_day date) RETURNS bigint
  LANGUAGE sql IMMUTABLE STRICT
  SET search_path = ''
  AS $$
    SELECT greatest(1, round(rent::numeric * (to_day - from_day + 1)
      / extract(day FROM date_trunc('month', from_day::timestamp) + interval '1 month - 1 day')
    ))::bigint
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.rent_for_days(bigint, date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.rent_for_days(bigint, date, date) TO service_role;

-- Every new charge is announced to the lease's renters (primary and co-tenants with a linked
-- user), by the statement that created it, whichever path that was: one INSERT of notifications
-- for the whole statement's charges, set-based like the jobs that make most of them.
CREATE FUNCTION leaseport.notify_charges_created() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
BEGIN
  INSERT INTO leaseport.notifications (user_id, owner_id, type, title, body, link)
  SELECT t.user_id, c.owner_id, 'CHARGE_CREATED', left('New charge: ' || c.description, 200),
         'Due ' || to_char(c.due_date, 'YYYY-MM-DD') || ': ' || c.amount || ' ' || c.currency,
         '/api/v1/charges/' || c.id
  FROM created_charges c
  JOIN leaseport.lease_tenants lt ON lt.lease_id = c.lease_id AND lt.owner_id = c.owner_id
  JOIN leaseport.tenants t ON t.id = lt.tenant_id AND t.owner_id = lt.owner_id
  WHERE t.user_id IS NOT NULL;
  RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.notify_charges_created() FROM PUBLIC;
CREATE TRIGGER charges_notify_created AFTER INSERT ON leaseport.charges
  REFERENCING NEW TABLE AS created_charges
  FOR EACH STATEMENT EXECUTE FUNCTION leaseport.notify_charges_created();

-- The daily rent job. Periods are calendar months clipped to the lease: the first and last may be
-- partial and are prorated by rent_for_days. A period is due on the lease's rent_due_day of its
-- month, moved into the period when the period is partial (never before the lease starts, never
-- after it ends). Every ACTIVE lease gets a RENT charge for each of its periods due on or before
-- as_of + lead days (the setting leaseport.charge_lead_days, 7 when unset; the job runner sets it
-- from LEASEPORT_CHARGE_LEAD_DAYS), including periods missed earlier. One INSERT ... SELECT:
-- the key (lease_id, period_start) makes a second run, or a run on another server at the same
-- time, create nothing twice; rows go in key order so that two concurrent runs wait for each
-- other instead of deadlocking. Runs as service_role (the system tier, reason SCHEDULED_JOB).
CREATE FUNCTION leaseport.generate_rent_charges(as_of date) RETURNS jsonb
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  horizon date := as_of
    + coalesce(nullif(current_setting('leaseport.charge_lead_days', true), '')::integer, 7);
  created bigint;
BEGIN
  WITH months AS (
    SELECT l.id AS lease_id, l.owner_id, l.currency, l.rent_amount, l.rent_due_day,
           greatest(m.first_day, l.start_date) AS period_start,
           least((m.first_day + interval '1 month - 1 day')::date, l.end_date) AS period_end,
           m.first_day
    FROM leaseport.leases l
    CROSS JOIN LATERAL generate_series(date_trunc('month', l.start_date::timestamp),
                                       date_trunc('month', least(l.end_date, horizon)::timestamp),
                                       interval '1 month') AS g (month)
    CROSS JOIN LATERAL (SELECT g.month::date AS first_day) AS m
    WHERE l.status = 'ACTIVE' AND l.start_date <= horizon
  ), periods AS (
    SELECT p.*,
           least(greatest(p.first_day + (p.rent_due_day - 1), p.period_start), p.period_end)
             AS due_date
    FROM months p
  ), inserted AS (
    INSERT INTO leaseport.charges
      (owner_id, lease_id, currency, kind, period_start, period_end, description, amount,
       due_date)
    SELECT p.owner_id, p.lease_id, p.currency, 'RENT', p.period_start, p.period_end,
           'Rent ' || to_char(p.period_start, 'YYYY-MM-DD') || ' to '
             || to_char(p.period_end, 'YYYY-MM-DD'),
           leaseport.rent_for_days(p.rent_amount, p.period_start, p.period_end), p.due_date
    FROM periods p
    WHERE p.due_date <= horizon
    ORDER BY p.lease_id, p.period_start
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*) INTO created FROM inserted;
  RETURN jsonb_build_object('created', created);
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.generate_rent_charges(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.generate_rent_charges(date) TO service_role;

-- The daily late-fee job: a RENT charge still OPEN on as_of, more than grace_period_days after its
-- due date, gets one LATE_FEE charge of its lease's late_fee_amount, on the same lease (the
-- renters owe it), due on the first late day. None when the lease's fee is 0. A charge whose whole
-- balance is covered by a payment in flight (a bank debit takes days) gets none while it is: if
-- that payment fails, the next run charges the fee. The key on parent_charge_id makes it once,
-- however many runs; leases of any status keep what they owe.
CREATE FUNCTION leaseport.apply_late_fees(as_of date) RETURNS jsonb
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  created bigint;
BEGIN
  WITH inserted AS (
    INSERT INTO leaseport.charges
      (owner_id, lease_id, currency, kind, parent_charge_id, description, amount, due_date)
    SELECT c.owner_id, c.lease_id, c.currency, 'LATE_FEE', c.id,
           left('Late fee: ' || c.description, 500), l.late_fee_amount,
           c.due_date + l.grace_period_days + 1
    FROM leaseport.charges c
    JOIN leaseport.leases l ON l.id = c.lease_id AND l.owner_id = c.owner_id
    WHERE c.kind = 'RENT' AND c.status = 'OPEN' AND c.due_date < apply_late_fees.as_of
      AND c.due_date + l.grace_period_days < apply_late_fees.as_of
      AND l.late_fee_amount > 0
      AND c.amount_pending < c.amount - c.amount_paid + c.amount_refunded
    ORDER BY c.id
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*) INTO created FROM inserted;
  RETURN jsonb_build_object('created', created);
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.apply_late_fees(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.apply_late_fees(date) TO service_role;

-- The owner adds an OTHER charge to a lease in force or past (a final bill after it ended), in the
-- lease's currency (any other: LPV01 naming amount.currency, 422). SECURITY DEFINER because
-- requests have no INSERT on charges; it checks the caller owns the lease first (anyone else: not
-- found, as under RLS). Returns the charge's id.
CREATE FUNCTION leaseport.add_charge(lease_id uuid, description text, amount bigint,
                                     currency text, due_date date)
  RETURNS uuid
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  lease leaseport.leases%ROWTYPE;
  charge uuid;
BEGIN
  SELECT * INTO lease FROM leaseport.leases l
    WHERE l.id = add_charge.lease_id AND l.owner_id = leaseport.calling_owner() FOR SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Lease not found' USING ERRCODE = 'P0002';
  END IF;
  IF lease.status NOT IN ('ACTIVE', 'ENDED', 'TERMINATED') THEN
    RAISE EXCEPTION 'The lease is %; charges are added to an ACTIVE, ENDED or TERMINATED lease',
      lease.status USING ERRCODE = 'LPST1';
  END IF;
  IF add_charge.currency IS DISTINCT FROM lease.currency THEN
    RAISE EXCEPTION 'must be the lease''s currency, %', lease.currency
      USING ERRCODE = 'LPV01', COLUMN = 'amount.currency';
  END IF;
  INSERT INTO leaseport.charges
    (owner_id, lease_id, currency, kind, description, amount, due_date)
  VALUES (lease.owner_id, lease.id, lease.currency, 'OTHER', btrim(add_charge.description),
          add_charge.amount, add_charge.due_date)
  RETURNING id INTO charge;
  RETURN charge;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.add_charge(uuid, text, bigint, text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.add_charge(uuid, text, bigint, text, date) TO authenticated;

-- The owner voids an OPEN charge no payment has touched (nothing paid, nothing in flight), and
-- with it the unpaid late fee charged on it. Anything else: LPCH1 naming the charge's state.
CREATE FUNCTION leaseport.void_charge(charge_id uuid) RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  charge leaseport.charges%ROWTYPE;
BEGIN
  SELECT * INTO charge FROM leaseport.charges c
    WHERE c.id = void_charge.charge_id AND c.owner_id = leaseport.calling_owner() FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Charge not found' USING ERRCODE = 'P0002';
  END IF;
  IF charge.status <> 'OPEN' THEN
    RAISE EXCEPTION 'The charge is %; only an OPEN charge can be voided', charge.status
      USING ERRCODE = 'LPCH1';
  END IF;
  IF charge.amount_paid <> 0 OR charge.amount_pending <> 0 THEN
    RAISE EXCEPTION 'The charge has a payment; only a charge with none can be voided'
      USING ERRCODE = 'LPCH1';
  END IF;
  UPDATE leaseport.charges c SET status = 'VOID', voided_at = now()
  WHERE (c.id = charge.id
         OR (c.parent_charge_id = charge.id AND c.lease_id = charge.lease_id
             AND c.status = 'OPEN' AND c.amount_paid = 0 AND c.amount_pending = 0));
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.void_charge(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.void_charge(uuid) TO authenticated;

-- ACTIVE -> TERMINATED as of effective_on (the last day of the tenancy, as end_date is); the unit
-- is VACANT again unless another ACTIVE lease of it remains. Rent after that day is not owed:
-- OPEN rent charges of later periods with no payment are voided, and the OPEN unpaid charge of
-- the period containing it is cut to the days up to it (rent_for_days). A charge a payment has
-- touched is left as it is: the owner settles it with a refund.
CREATE OR REPLACE FUNCTION leaseport.terminate_lease(lease_id uuid, effective_on date, reason text)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  current_status leaseport.lease_status;
  lease_unit uuid;
  monthly_rent bigint;
BEGIN
  SELECT l.status, l.unit_id, l.rent_amount INTO current_status, lease_unit, monthly_rent
    FROM leaseport.leases l
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
  UPDATE leaseport.charges c SET status = 'VOID', voided_at = now()
    WHERE c.lease_id = terminate_lease.lease_id AND c.kind = 'RENT' AND c.status = 'OPEN'
      AND c.period_start > effective_on AND c.amount_paid = 0 AND c.amount_pending = 0;
  UPDATE leaseport.charges c
    SET period_end = effective_on,
        amount = leaseport.rent_for_days(monthly_rent, c.period_start, effective_on),
        description = 'Rent ' || to_char(c.period_start, 'YYYY-MM-DD') || ' to '
          || to_char(effective_on, 'YYYY-MM-DD')
    WHERE c.lease_id = terminate_lease.lease_id AND c.kind = 'RENT' AND c.status = 'OPEN'
      AND effective_on >= c.period_start AND effective_on < c.period_end
      AND c.amount_paid = 0 AND c.amount_pending = 0;
END
$$;

-- The jobs run as service_role, which bypasses RLS but holds only these rights: reading who is
-- party to a lease and notifying them.
GRANT SELECT ON leaseport.lease_tenants TO service_role;
GRANT SELECT ON leaseport.tenants TO service_role;
GRANT INSERT ON leaseport.notifications TO service_role;
