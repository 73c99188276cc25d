-- A payment a renter has started (PENDING: the PaymentIntent exists, the renter may be confirming
-- it) or that is settling (PROCESSING: a bank debit) holds its charge as it is. Voiding such a
-- charge, or cutting its amount when the lease is terminated, would leave Stripe collecting money
-- for a charge that no longer asks for it, and a later payment_intent.succeeded could pay more
-- than the charge's amount. The owner's void answers 409 charge-state-conflict instead, and
-- termination leaves such a charge whole (settled, then refunded if need be).

-- Whether a payment of the charge is PENDING or PROCESSING. Runs with its owner's rights inside
-- the owner's definer functions, which read payments through payments_definer_functions.
CREATE FUNCTION leaseport.charge_has_payment_in_flight(p_charge_id uuid) RETURNS boolean
  LANGUAGE sql STABLE
  SET search_path = ''
  AS $$
    SELECT EXISTS (SELECT 1 FROM leaseport.payments p
                   WHERE p.charge_id = p_charge_id AND p.status IN ('PENDING', 'PROCESSING'))
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.charge_has_payment_in_flight(uuid) FROM PUBLIC;

CREATE OR REPLACE FUNCTION leaseport.void_charge(charge_id uuid) RETURNS void
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
  IF charge.amount_paid <> 0 OR charge.amount_pending <> 0
     OR leaseport.charge_has_payment_in_flight(charge.id) THEN
    RAISE EXCEPTION 'The charge has a payment; only a charge with none can be voided'
      USING ERRCODE = 'LPCH1';
  END IF;
  UPDATE leaseport.charges c SET status = 'VOID', voided_at = now()
  WHERE (c.id = charge.id
         OR (c.parent_charge_id = charge.id AND c.lease_id = charge.lease_id
             AND c.status = 'OPEN' AND c.amount_paid = 0 AND c.amount_pending = 0
             AND NOT leaseport.charge_has_payment_in_flight(c.id)));
END
$$;

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
      AND c.period_start > effective_on AND c.amount_paid = 0 AND c.amount_pending = 0
      AND NOT leaseport.charge_has_payment_in_flight(c.id);
  UPDATE leaseport.charges c
    SET period_end = effective_on,
        amount = leaseport.rent_for_days(monthly_rent, c.period_start, effective_on),
        description = 'Rent ' || to_char(c.period_start, 'YYYY-MM-DD') || ' to '
          || to_char(effective_on, 'YYYY-MM-DD')
    WHERE c.lease_id = terminate_lease.lease_id AND c.kind = 'RENT' AND c.status = 'OPEN'
      AND effective_on >= c.period_start AND effective_on < c.period_end
      AND c.amount_paid = 0 AND c.amount_pending = 0
      AND NOT leaseport.charge_has_payment_in_flight(c.id);
END
$$;
