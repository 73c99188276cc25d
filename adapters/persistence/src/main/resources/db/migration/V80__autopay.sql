-- Autopay: every due OPEN charge of a lease with autopay on is paid off-session with the lease's
-- saved method, once per charge, however many servers run the job at once.
--
-- One function claims the due charges and writes their PENDING payments, set-based, in one
-- statement; the server that claimed them then asks Stripe to charge each one (one call per charge:
-- Stripe has no batch charge, and each charge needs its own idempotency key and its own answer),
-- and records each outcome with one call. Two guards make a charge claimed once:
--   * autopay_attempts is unique per (charge, day): one attempt per charge and date, so a decline
--     is recorded once and not retried the same day (the next day's run tries again);
--   * payments allow one PENDING/PROCESSING payment per charge (V74): a charge being paid, by
--     autopay or by its renter by hand, is not claimed again.
-- A second server's claim that meets the first's uncommitted attempts waits for them on that key and
-- then claims nothing. A renter paying the same charge by hand at the very moment of the claim
-- makes the claim fail on the payments' key (nothing is written); the next run finds the charge
-- paid or under way.

CREATE TABLE leaseport.autopay_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  charge_id uuid NOT NULL,
  lease_id uuid NOT NULL,
  payment_id uuid NOT NULL REFERENCES leaseport.payments (id),
  attempted_on date NOT NULL,
  -- CLAIMED: the payment is written, Stripe not yet answered; SUBMITTED: Stripe took the payment
  -- (its events settle it); DECLINED: Stripe refused it, recorded once, both parties told.
  status text NOT NULL DEFAULT 'CLAIMED' CHECK (status IN ('CLAIMED', 'SUBMITTED', 'DECLINED')),
  -- When the claim was last taken: a claim left CLAIMED by a server that stopped is taken over.
  claimed_at timestamptz NOT NULL DEFAULT now(),
  failure_code text CHECK (char_length(failure_code) <= 100),
  failure_message text CHECK (char_length(failure_message) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT autopay_attempts_charge_day_key UNIQUE (charge_id, attempted_on),
  CONSTRAINT autopay_attempts_payment_key UNIQUE (payment_id),
  CONSTRAINT autopay_attempts_charge_fk FOREIGN KEY (charge_id, lease_id)
    REFERENCES leaseport.charges (id, lease_id)
);
CREATE INDEX autopay_attempts_owner_id_idx ON leaseport.autopay_attempts (owner_id);
CREATE INDEX autopay_attempts_charge_id_lease_id_idx
  ON leaseport.autopay_attempts (charge_id, lease_id);
-- Claims left CLAIMED, which a later run takes over.
CREATE INDEX autopay_attempts_claimed_idx ON leaseport.autopay_attempts (claimed_at)
  WHERE status = 'CLAIMED';
CREATE TRIGGER autopay_attempts_touch BEFORE UPDATE ON leaseport.autopay_attempts
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- The job's own records: no request reads or writes them (the payments they made are visible as
-- payments, to the owner, the payer and the lease's renters).
ALTER TABLE leaseport.autopay_attempts ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.autopay_attempts FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE (status, claimed_at, failure_code, failure_message)
  ON leaseport.autopay_attempts TO service_role;
GRANT INSERT ON leaseport.payments TO service_role;

-- The claim looks for open charges by due date across every owner.
CREATE INDEX charges_autopay_open_due_idx ON leaseport.charges (due_date) WHERE status = 'OPEN';

-- Claims the due charges of autopay leases as of p_as_of and writes their PENDING payments:
-- a charge OPEN with a balance, due on or before p_as_of, of an ACTIVE lease whose autopay method
-- still exists, whose payer has a Stripe customer and whose owner can take charges; with no
-- payment under way and no attempt today. Also takes over claims of earlier runs still CLAIMED
-- after p_stale (their server stopped between claiming and recording): Stripe is asked again
-- under the same payment's idempotency key, so it answers as before. Returns what to charge.
CREATE FUNCTION leaseport.claim_autopay_payments(
  p_as_of date, p_fee_bps integer, p_stale interval)
RETURNS TABLE (payment_id uuid, charge_id uuid, lease_id uuid, owner_id uuid, payer_id uuid,
               amount bigint, currency text, application_fee_amount bigint,
               destination_account text, customer_id text, payment_method text)
LANGUAGE plpgsql
SET search_path = ''
AS $$
#variable_conflict use_column
BEGIN
  IF p_fee_bps IS NULL OR p_fee_bps NOT BETWEEN 0 AND 10000 THEN
    RAISE SQLSTATE '22023' USING MESSAGE = 'The fee is 0 to 10000 basis points';
  END IF;
  -- A stale claim whose payment Stripe's events have already moved on (linked by the intent's
  -- metadata) needs no second call: it is closed as the payment shows it.
  UPDATE leaseport.autopay_attempts t
     SET status = CASE WHEN p.status = 'FAILED' THEN 'DECLINED' ELSE 'SUBMITTED' END,
         failure_code = p.failure_code, failure_message = p.failure_message
    FROM leaseport.payments p
   WHERE p.id = t.payment_id AND t.status = 'CLAIMED' AND t.claimed_at < now() - p_stale
     AND (p.status <> 'PENDING' OR p.stripe_payment_intent_id IS NOT NULL);
  RETURN QUERY
  WITH due AS (
    SELECT gen_random_uuid() AS payment_id, c.id AS charge_id, c.lease_id, c.owner_id,
           m.user_id AS payer_id, c.currency,
           c.amount - c.amount_paid + c.amount_refunded - c.amount_pending AS balance
      FROM leaseport.charges c
      JOIN leaseport.leases l ON l.id = c.lease_id
      JOIN leaseport.payment_methods m ON m.id = l.autopay_payment_method_id
      JOIN leaseport.users u ON u.id = m.user_id
      JOIN leaseport.connected_accounts a ON a.owner_id = c.owner_id
     WHERE c.status = 'OPEN' AND c.due_date <= p_as_of
       AND c.amount - c.amount_paid + c.amount_refunded - c.amount_pending > 0
       AND l.status = 'ACTIVE' AND u.stripe_customer_id IS NOT NULL AND a.charges_enabled
       AND NOT EXISTS (SELECT 1 FROM leaseport.payments p
                        WHERE p.charge_id = c.id AND p.status IN ('PENDING', 'PROCESSING'))
       AND NOT EXISTS (SELECT 1 FROM leaseport.autopay_attempts t
                        WHERE t.charge_id = c.id AND t.attempted_on = p_as_of)
  ),
  attempts AS (
    INSERT INTO leaseport.autopay_attempts AS t
        (owner_id, charge_id, lease_id, payment_id, attempted_on)
    SELECT d.owner_id, d.charge_id, d.lease_id, d.payment_id, p_as_of FROM due d
    ON CONFLICT (charge_id, attempted_on) DO NOTHING
    RETURNING t.payment_id
  ),
  payments AS (
    INSERT INTO leaseport.payments AS p
        (id, owner_id, charge_id, lease_id, payer_id, amount, currency, application_fee_amount)
    SELECT d.payment_id, d.owner_id, d.charge_id, d.lease_id, d.payer_id, d.balance, d.currency,
           (d.balance * p_fee_bps + 5000) / 10000
      FROM due d JOIN attempts t ON t.payment_id = d.payment_id
    RETURNING p.id
  ),
  stranded AS (
    UPDATE leaseport.autopay_attempts t SET claimed_at = now()
     WHERE t.id IN (SELECT s.id FROM leaseport.autopay_attempts s
                     WHERE s.status = 'CLAIMED' AND s.claimed_at < now() - p_stale
                       FOR UPDATE SKIP LOCKED)
    RETURNING t.payment_id
  )
  SELECT p.id, p.charge_id, p.lease_id, p.owner_id, p.payer_id, p.amount, p.currency::text,
         p.application_fee_amount, a.stripe_account_id, u.stripe_customer_id,
         m.stripe_payment_method_id
    FROM (SELECT q.id FROM payments q UNION SELECT s.payment_id FROM stranded s) claimed
    JOIN LATERAL (
      SELECT d.payment_id AS id, d.charge_id, d.lease_id, d.owner_id, d.payer_id,
             d.balance AS amount, d.currency,
             (d.balance * p_fee_bps + 5000) / 10000 AS application_fee_amount
        FROM due d WHERE d.payment_id = claimed.id
      UNION ALL
      SELECT x.id, x.charge_id, x.lease_id, x.owner_id, x.payer_id, x.amount, x.currency,
             x.application_fee_amount
        FROM leaseport.payments x
       WHERE x.id = claimed.id AND x.status = 'PENDING' AND x.stripe_payment_intent_id IS NULL
    ) p ON true
    JOIN leaseport.leases l ON l.id = p.lease_id
    JOIN leaseport.payment_methods m ON m.id = l.autopay_payment_method_id
    JOIN leaseport.users u ON u.id = p.payer_id
    JOIN leaseport.connected_accounts a ON a.owner_id = p.owner_id;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.claim_autopay_payments(date, integer, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.claim_autopay_payments(date, integer, interval)
  TO service_role;

-- Records what Stripe answered for a claimed payment, once: the claim moves from CLAIMED only
-- here, so a repeat (a retried call, a second server that took the claim over) changes nothing.
--   p_intent_id given: Stripe took it (SUBMITTED); its events settle the payment.
--   otherwise: declined. The payment FAILS with the reason unless Stripe's own event failed it
--   first; the payer and the owner are told once (the payer already, when that event did it).
-- Returns SUBMITTED, DECLINED, or ALREADY_RECORDED.
CREATE FUNCTION leaseport.record_autopay_outcome(
  p_payment_id uuid, p_intent_id text, p_failure_code text, p_failure_message text)
RETURNS text
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
  v_attempt leaseport.autopay_attempts;
  v_payment leaseport.payments;
  v_failed_here boolean := false;
BEGIN
  SELECT * INTO v_attempt FROM leaseport.autopay_attempts t
   WHERE t.payment_id = p_payment_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE SQLSTATE 'P0002' USING MESSAGE = 'Autopay attempt not found';
  END IF;
  IF v_attempt.status <> 'CLAIMED' THEN
    RETURN 'ALREADY_RECORDED';
  END IF;
  -- The charge first, then the payment: the order of the payment events' functions.
  PERFORM 1 FROM leaseport.charges c WHERE c.id = v_attempt.charge_id FOR UPDATE;
  SELECT * INTO v_payment FROM leaseport.payments p WHERE p.id = p_payment_id FOR UPDATE;
  IF p_intent_id IS NOT NULL THEN
    UPDATE leaseport.payments p SET stripe_payment_intent_id = p_intent_id
     WHERE p.id = p_payment_id AND p.stripe_payment_intent_id IS NULL;
    UPDATE leaseport.autopay_attempts t SET status = 'SUBMITTED' WHERE t.id = v_attempt.id;
    RETURN 'SUBMITTED';
  END IF;
  IF v_payment.status = 'PENDING' THEN
    UPDATE leaseport.payments p
       SET status = 'FAILED',
           failure_code = left(coalesce(p_failure_code, 'declined'), 100),
           failure_message = left(p_failure_message, 1000)
     WHERE p.id = p_payment_id
    RETURNING * INTO v_payment;
    v_failed_here := true;
  END IF;
  UPDATE leaseport.autopay_attempts t
     SET status = 'DECLINED',
         failure_code = left(coalesce(p_failure_code, v_payment.failure_code, 'declined'), 100),
         failure_message = left(coalesce(p_failure_message, v_payment.failure_message), 1000)
   WHERE t.id = v_attempt.id;
  IF v_failed_here THEN
    PERFORM leaseport.notify_payment(v_payment, v_payment.payer_id, 'PAYMENT_FAILED',
                                     'Your autopay rent payment was declined');
  END IF;
  PERFORM leaseport.notify_payment(v_payment, v_payment.owner_id, 'PAYMENT_FAILED',
                                   'An autopay rent payment was declined');
  RETURN 'DECLINED';
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.record_autopay_outcome(uuid, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.record_autopay_outcome(uuid, text, text, text)
  TO service_role;
