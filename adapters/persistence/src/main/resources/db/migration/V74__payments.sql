-- Payments: a tenant's payment of a charge's balance through Stripe (ADR 0021), and the owner's
-- refunds of them. A payment row is written BEFORE Stripe is called, and Stripe's idempotency key
-- is derived from the row (leaseport:rent-payment:<id>): a crash after Stripe answered leaves a
-- PENDING row without an intent id, which the payer's next attempt resumes with the same key (so
-- Stripe returns the same intent), and which the intent's own events find by its metadata. No
-- PaymentIntent can exist without its row.
--
-- Requests never write these tables directly: paying and refunding are SECURITY DEFINER functions
-- that check their caller (the tenant's payment must read the owner's payout account, which RLS
-- hides from them); Stripe's events move the state through the webhook inbox (service_role).

CREATE TYPE leaseport.payment_status AS ENUM
  ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELED', 'DISPUTED');
CREATE TYPE leaseport.payment_method_kind AS ENUM ('CARD', 'US_BANK_ACCOUNT');

CREATE TABLE leaseport.payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  charge_id uuid NOT NULL,
  lease_id uuid NOT NULL,
  payer_id uuid NOT NULL REFERENCES leaseport.users (id),
  amount bigint NOT NULL CHECK (amount > 0),
  currency char(3) NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
  application_fee_amount bigint NOT NULL,
  stripe_payment_intent_id text
    CHECK (stripe_payment_intent_id ~ '^pi_[A-Za-z0-9_]{1,250}$'),
  -- Known once the payer has chosen how to pay (the intent's events say).
  method_kind leaseport.payment_method_kind,
  status leaseport.payment_status NOT NULL DEFAULT 'PENDING',
  failure_code text CHECK (char_length(failure_code) <= 100),
  failure_message text CHECK (char_length(failure_message) <= 1000),
  -- Stripe's cumulative refunded amount, from charge.refunded.
  amount_refunded bigint NOT NULL DEFAULT 0,
  -- Taken back from the charge by an open (or lost) dispute.
  amount_disputed bigint NOT NULL DEFAULT 0,
  -- The creation time of the last Stripe event applied: an older one is stale.
  stripe_updated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT payments_stripe_payment_intent_key UNIQUE (stripe_payment_intent_id),
  CONSTRAINT payments_fee_within_amount_check
    CHECK (application_fee_amount BETWEEN 0 AND amount),
  CONSTRAINT payments_refunded_within_amount_check CHECK (amount_refunded BETWEEN 0 AND amount),
  CONSTRAINT payments_disputed_within_amount_check
    CHECK (amount_disputed BETWEEN 0 AND amount - amount_refunded),
  CONSTRAINT payments_failure_check CHECK (status = 'FAILED' OR failure_code IS NULL),
  -- The charge of this lease, and the lease's owner and currency, whoever writes.
  CONSTRAINT payments_charge_fk FOREIGN KEY (charge_id, lease_id)
    REFERENCES leaseport.charges (id, lease_id),
  CONSTRAINT payments_lease_fk FOREIGN KEY (lease_id, owner_id, currency)
    REFERENCES leaseport.leases (id, owner_id, currency)
);
-- At most one payment of a charge under way: the key that arbitrates two payers (or two clicks,
-- or two servers) paying one charge at once.
CREATE UNIQUE INDEX payments_one_in_flight_per_charge_key ON leaseport.payments (charge_id)
  WHERE status IN ('PENDING', 'PROCESSING');
CREATE INDEX payments_owner_id_created_idx ON leaseport.payments (owner_id, created_at DESC, id);
CREATE INDEX payments_charge_id_lease_id_idx ON leaseport.payments (charge_id, lease_id);
CREATE INDEX payments_lease_id_owner_id_currency_idx
  ON leaseport.payments (lease_id, owner_id, currency);
CREATE INDEX payments_payer_id_idx ON leaseport.payments (payer_id, created_at DESC);
CREATE TRIGGER payments_touch BEFORE UPDATE ON leaseport.payments
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

ALTER TABLE leaseport.payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.payments FORCE ROW LEVEL SECURITY;
-- Read only, for the owner, the payer and the lease's renters (a co-tenant sees the rent paid).
CREATE POLICY payments_owner_read ON leaseport.payments FOR SELECT TO authenticated
  USING (owner_id = (SELECT auth.uid()));
CREATE POLICY payments_payer_read ON leaseport.payments FOR SELECT TO authenticated
  USING (payer_id = (SELECT auth.uid()));
CREATE POLICY payments_party_read ON leaseport.payments FOR SELECT TO authenticated
  USING (lease_id = ANY ((SELECT leaseport.my_lease_id_array())::uuid[]));
CREATE POLICY payments_definer_functions ON leaseport.payments FOR ALL TO leaseport_owner
  USING (true) WITH CHECK (true);
GRANT SELECT ON leaseport.payments TO authenticated;

-- An owner's refund requests. The amount refunded is Stripe's word (charge.refunded); a request
-- reserves its amount from the first moment, so two refunds at once cannot exceed the payment.
CREATE TABLE leaseport.payment_refunds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  payment_id uuid NOT NULL REFERENCES leaseport.payments (id),
  amount bigint NOT NULL CHECK (amount > 0),
  currency char(3) NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
  reason text NOT NULL CHECK (reason IN ('REQUESTED_BY_CUSTOMER', 'DUPLICATE', 'FRAUDULENT')),
  -- REQUESTED: reserved, Stripe not yet answered; SUBMITTED: Stripe took it; FAILED: released.
  status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'SUBMITTED', 'FAILED')),
  stripe_refund_id text CHECK (stripe_refund_id ~ '^(re|pyr)_[A-Za-z0-9_]{1,250}$'),
  requested_by uuid NOT NULL REFERENCES leaseport.users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT payment_refunds_stripe_refund_key UNIQUE (stripe_refund_id)
);
CREATE INDEX payment_refunds_owner_id_idx ON leaseport.payment_refunds (owner_id);
CREATE INDEX payment_refunds_payment_id_idx ON leaseport.payment_refunds (payment_id);
CREATE INDEX payment_refunds_requested_by_idx ON leaseport.payment_refunds (requested_by);
CREATE TRIGGER payment_refunds_touch BEFORE UPDATE ON leaseport.payment_refunds
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();
ALTER TABLE leaseport.payment_refunds ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.payment_refunds FORCE ROW LEVEL SECURITY;
CREATE POLICY payment_refunds_owner_read ON leaseport.payment_refunds FOR SELECT TO authenticated
  USING (owner_id = (SELECT auth.uid()));
CREATE POLICY payment_refunds_definer_functions ON leaseport.payment_refunds FOR ALL
  TO leaseport_owner USING (true) WITH CHECK (true);
GRANT SELECT ON leaseport.payment_refunds TO authenticated;

-- What the definer functions read beyond their own tables: the owner's payout account, the payer's
-- Stripe customer. Their own checks decide which row.
CREATE POLICY connected_accounts_payment_definer_functions ON leaseport.connected_accounts
  FOR SELECT TO leaseport_owner USING (true);

-- The webhook effects (service_role, which bypasses RLS) move payments and the charges' amounts,
-- and notify the payer and the owner.
GRANT SELECT, UPDATE (stripe_payment_intent_id, method_kind, status, failure_code,
                      failure_message, amount_refunded, amount_disputed, stripe_updated_at)
  ON leaseport.payments TO service_role;
GRANT SELECT ON leaseport.payment_refunds TO service_role;
GRANT UPDATE (amount_paid, amount_refunded, amount_pending, status)
  ON leaseport.charges TO service_role;
GRANT INSERT ON leaseport.notifications TO service_role;

-- Stable error codes (SqlErrors): LPP01 the charge is not OPEN, LPP02 the owner cannot take
-- payments, LPP03 a payment of the charge is under way, LPP04 the payment cannot be refunded,
-- LPP22 a refund over what remains.

-- A tenant of the charge's lease starts paying its whole balance: one call locks the charge,
-- checks it can be paid, and writes the PENDING payment (or hands back the caller's own PENDING
-- payment that never reached Stripe, to resume with the same key). The fee is rounded half up.
CREATE FUNCTION leaseport.start_rent_payment(p_charge_id uuid, p_fee_bps integer)
RETURNS TABLE (payment_id uuid, charge_id uuid, lease_id uuid, owner_id uuid, amount bigint,
               currency text, application_fee_amount bigint, destination_account text,
               customer_id text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
#variable_conflict use_column
DECLARE
  v_uid uuid := (SELECT auth.uid());
  v_charge leaseport.charges;
  v_payment leaseport.payments;
  v_account leaseport.connected_accounts;
  v_balance bigint;
BEGIN
  IF v_uid IS NULL OR (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') <> 'TENANT' THEN
    RAISE SQLSTATE 'P0002' USING MESSAGE = 'Charge not found';
  END IF;
  IF p_fee_bps IS NULL OR p_fee_bps NOT BETWEEN 0 AND 10000 THEN
    RAISE SQLSTATE '22023' USING MESSAGE = 'The fee is 0 to 10000 basis points';
  END IF;
  SELECT * INTO v_charge FROM leaseport.charges c
   WHERE c.id = p_charge_id AND c.lease_id = ANY (leaseport.my_lease_id_array())
     FOR UPDATE;
  IF NOT FOUND THEN
    RAISE SQLSTATE 'P0002' USING MESSAGE = 'Charge not found';
  END IF;
  SELECT * INTO v_payment FROM leaseport.payments p
   WHERE p.charge_id = v_charge.id AND p.status IN ('PENDING', 'PROCESSING');
  IF FOUND THEN
    IF v_payment.status = 'PENDING' AND v_payment.stripe_payment_intent_id IS NULL
       AND v_payment.payer_id = v_uid THEN
      v_balance := NULL; -- resumed below with the row's own amount and fee
    ELSE
      RAISE SQLSTATE 'LPP03'
        USING MESSAGE = 'A payment of this charge is ' || v_payment.status || '; wait for it';
    END IF;
  ELSIF v_charge.status <> 'OPEN' THEN
    RAISE SQLSTATE 'LPP01' USING MESSAGE = 'The charge is ' || v_charge.status || ', not OPEN';
  END IF;
  SELECT * INTO v_account FROM leaseport.connected_accounts a
   WHERE a.owner_id = v_charge.owner_id;
  IF NOT FOUND OR NOT v_account.charges_enabled THEN
    RAISE SQLSTATE 'LPP02'
      USING MESSAGE = 'The owner cannot take online payments yet (payout account not enabled)';
  END IF;
  IF v_payment.id IS NULL THEN
    v_balance := v_charge.amount - v_charge.amount_paid + v_charge.amount_refunded
                 - v_charge.amount_pending;
    IF v_balance <= 0 THEN
      RAISE SQLSTATE 'LPP01' USING MESSAGE = 'The charge has nothing left to pay';
    END IF;
    INSERT INTO leaseport.payments AS p (owner_id, charge_id, lease_id, payer_id, amount,
                                         currency, application_fee_amount)
    VALUES (v_charge.owner_id, v_charge.id, v_charge.lease_id, v_uid, v_balance,
            v_charge.currency, (v_balance * p_fee_bps + 5000) / 10000)
    RETURNING * INTO v_payment;
  END IF;
  RETURN QUERY
    SELECT v_payment.id, v_payment.charge_id, v_payment.lease_id, v_payment.owner_id,
           v_payment.amount, v_payment.currency::text, v_payment.application_fee_amount,
           v_account.stripe_account_id,
           (SELECT u.stripe_customer_id FROM leaseport.users u WHERE u.id = v_uid);
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.start_rent_payment(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.start_rent_payment(uuid, integer) TO authenticated;

-- The payer records the intent Stripe made for their PENDING payment (the same one again on a
-- resumed attempt), or, when Stripe declined it, the failure, which ends the attempt.
CREATE FUNCTION leaseport.record_payment_start(
  p_payment_id uuid, p_intent_id text, p_failure_code text, p_failure_message text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
  v_payment leaseport.payments;
BEGIN
  SELECT * INTO v_payment FROM leaseport.payments p
   WHERE p.id = p_payment_id AND p.payer_id = (SELECT auth.uid())
     FOR UPDATE;
  IF NOT FOUND THEN
    RAISE SQLSTATE 'P0002' USING MESSAGE = 'Payment not found';
  END IF;
  IF p_intent_id IS NOT NULL THEN
    -- An event may have linked it first (by the intent's metadata); the same id is no change.
    IF v_payment.stripe_payment_intent_id IS DISTINCT FROM p_intent_id THEN
      IF v_payment.stripe_payment_intent_id IS NOT NULL THEN
        RAISE SQLSTATE 'LPP03' USING MESSAGE = 'The payment has another intent';
      END IF;
      UPDATE leaseport.payments SET stripe_payment_intent_id = p_intent_id
       WHERE id = v_payment.id;
    END IF;
  ELSIF v_payment.status = 'PENDING' AND v_payment.stripe_payment_intent_id IS NULL THEN
    UPDATE leaseport.payments
       SET status = 'FAILED',
           failure_code = left(coalesce(p_failure_code, 'declined'), 100),
           failure_message = left(p_failure_message, 1000)
     WHERE id = v_payment.id;
  END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.record_payment_start(uuid, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.record_payment_start(uuid, text, text, text)
  TO authenticated;

-- The owner asks to refund part (or, without an amount, all that remains) of a payment of theirs:
-- never more than remains after Stripe's refunds, open requests and a dispute.
CREATE FUNCTION leaseport.request_refund(p_payment_id uuid, p_amount bigint, p_reason text)
RETURNS TABLE (refund_id uuid, payment_id uuid, intent_id text, amount bigint, currency text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
#variable_conflict use_column
DECLARE
  v_uid uuid := (SELECT auth.uid());
  v_payment leaseport.payments;
  v_requested bigint;
  v_remaining bigint;
  v_amount bigint;
  v_refund uuid;
BEGIN
  SELECT * INTO v_payment FROM leaseport.payments p
   WHERE p.id = p_payment_id AND p.owner_id = v_uid
     AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER'
     FOR UPDATE;
  IF NOT FOUND THEN
    RAISE SQLSTATE 'P0002' USING MESSAGE = 'Payment not found';
  END IF;
  IF v_payment.status <> 'SUCCEEDED' OR v_payment.stripe_payment_intent_id IS NULL THEN
    RAISE SQLSTATE 'LPP04'
      USING MESSAGE = 'Only a SUCCEEDED payment can be refunded; this one is '
                      || v_payment.status;
  END IF;
  SELECT coalesce(sum(r.amount), 0) INTO v_requested FROM leaseport.payment_refunds r
   WHERE r.payment_id = v_payment.id AND r.status <> 'FAILED';
  v_remaining := v_payment.amount - greatest(v_payment.amount_refunded, v_requested)
                 - v_payment.amount_disputed;
  v_amount := coalesce(p_amount, v_remaining);
  IF v_amount <= 0 OR v_amount > v_remaining THEN
    RAISE SQLSTATE 'LPP22'
      USING MESSAGE = 'must be from 1 to ' || greatest(v_remaining, 0)
                      || ', what remains of the payment', COLUMN = 'amount';
  END IF;
  INSERT INTO leaseport.payment_refunds (owner_id, payment_id, amount, currency, reason,
                                         requested_by)
  VALUES (v_payment.owner_id, v_payment.id, v_amount, v_payment.currency, p_reason, v_uid)
  RETURNING id INTO v_refund;
  RETURN QUERY SELECT v_refund, v_payment.id, v_payment.stripe_payment_intent_id, v_amount,
                      v_payment.currency::text;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.request_refund(uuid, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.request_refund(uuid, bigint, text) TO authenticated;

-- Stripe's answer to a refund request: its refund id, or none (the reservation is released).
CREATE FUNCTION leaseport.record_refund(p_refund_id uuid, p_stripe_refund_id text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  UPDATE leaseport.payment_refunds r
     SET status = CASE WHEN p_stripe_refund_id IS NULL THEN 'FAILED' ELSE 'SUBMITTED' END,
         stripe_refund_id = p_stripe_refund_id
   WHERE r.id = p_refund_id AND r.owner_id = (SELECT auth.uid()) AND r.status = 'REQUESTED';
  IF NOT FOUND THEN
    RAISE SQLSTATE 'P0002' USING MESSAGE = 'Refund not found';
  END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.record_refund(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.record_refund(uuid, text) TO authenticated;
