-- Autopay on a lease: a renter of the lease names one of their saved payment methods, and the
-- autopay job pays the lease's due charges with it. Autopay is on exactly when a method is named
-- (autopay_enabled is computed from it), so nothing can leave it on without a method: when the
-- method is removed (by the renter, or at Stripe), the foreign key clears it and autopay is off.
-- The payer is the method's holder. The lease's terms (rent, dates, fees) are not touched: the
-- only writer of these columns is set_lease_autopay, and it writes nothing else.

ALTER TABLE leaseport.leases
  ADD COLUMN autopay_payment_method_id uuid
    REFERENCES leaseport.payment_methods (id) ON DELETE SET NULL,
  ADD COLUMN autopay_enabled boolean NOT NULL
    GENERATED ALWAYS AS (autopay_payment_method_id IS NOT NULL) STORED;
CREATE INDEX leases_autopay_payment_method_id_idx ON leaseport.leases (autopay_payment_method_id)
  WHERE autopay_payment_method_id IS NOT NULL;

-- A renter of the lease (a tenant record of theirs is on it and the lease is sent) turns autopay on
-- with one of their own saved methods, or off with null. Turning it on needs a lease sent for
-- signature or active. SECURITY DEFINER because a renter has no UPDATE on leases; the checks
-- above come first, and the row is locked so two changes at once apply one after the other.
-- Errors: P0002 "Lease not found" / "Payment method not found" (404, exactly as an unknown id),
-- LPST1 when the lease is in no state to pay (409 lease-state-conflict).
CREATE FUNCTION leaseport.set_lease_autopay(p_lease_id uuid, p_payment_method_id uuid)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  v_status leaseport.lease_status;
BEGIN
  IF (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'TENANT'
     OR p_lease_id NOT IN (SELECT leaseport.my_lease_ids()) THEN
    RAISE EXCEPTION 'Lease not found' USING ERRCODE = 'P0002';
  END IF;
  SELECT l.status INTO v_status FROM leaseport.leases l WHERE l.id = p_lease_id FOR UPDATE;
  IF p_payment_method_id IS NOT NULL THEN
    -- The policy payment_methods_definer_read shows the definer the caller's own methods only.
    IF NOT EXISTS (SELECT 1 FROM leaseport.payment_methods m
                   WHERE m.id = p_payment_method_id AND m.user_id = (SELECT auth.uid())) THEN
      RAISE EXCEPTION 'Payment method not found' USING ERRCODE = 'P0002';
    END IF;
    IF v_status NOT IN ('PENDING_SIGNATURE', 'ACTIVE') THEN
      RAISE EXCEPTION 'The lease is %; autopay needs a lease sent for signature or active',
        v_status USING ERRCODE = 'LPST1';
    END IF;
  END IF;
  UPDATE leaseport.leases l SET autopay_payment_method_id = p_payment_method_id
    WHERE l.id = p_lease_id
      AND l.autopay_payment_method_id IS DISTINCT FROM p_payment_method_id;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.set_lease_autopay(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.set_lease_autopay(uuid, uuid) TO authenticated;
