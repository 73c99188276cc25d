-- The effects of Stripe's payment events (ADR 0015, 0021), one function call each inside the
-- webhook inbox's transaction (service_role). Each locks the charge, then the payment (the order
-- start_rent_payment takes them in), ignores an event older than the last one applied, and never
-- moves a payment back: a payment_failed after succeeded changes nothing.
--
-- The charge's amounts stay exact: amount_pending holds what is initiated but not settled (a bank
-- debit PROCESSING for days), amount_paid what settled, amount_refunded what went back; the
-- charge is PAID exactly when amount - amount_paid + amount_refunded is 0. Notifications are
-- written here, in the same transaction as the change.

-- The charge's status from its amounts (VOID stays VOID).
CREATE FUNCTION leaseport.settle_charge_status(p_charge_id uuid)
RETURNS void
LANGUAGE sql
SET search_path = ''
AS $$
  UPDATE leaseport.charges c
     SET status = CASE WHEN c.amount - c.amount_paid + c.amount_refunded = 0
                       THEN 'PAID'::leaseport.charge_status
                       ELSE 'OPEN'::leaseport.charge_status END
   WHERE c.id = p_charge_id AND c.status <> 'VOID'
$$;
REVOKE EXECUTE ON FUNCTION leaseport.settle_charge_status(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.settle_charge_status(uuid) TO service_role;

CREATE FUNCTION leaseport.notify_payment(
  p_payment leaseport.payments, p_user uuid, p_type leaseport.notification_type, p_title text)
RETURNS void
LANGUAGE sql
SET search_path = ''
AS $$
  INSERT INTO leaseport.notifications (user_id, owner_id, type, title, body, link)
  VALUES (p_user, p_payment.owner_id, p_type, p_title,
          'Payment of ' || p_payment.amount || ' ' || p_payment.currency || ' (minor units)',
          '/api/v1/payments/' || p_payment.id)
$$;
REVOKE EXECUTE ON FUNCTION
  leaseport.notify_payment(leaseport.payments, uuid, leaseport.notification_type, text)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
  leaseport.notify_payment(leaseport.payments, uuid, leaseport.notification_type, text)
  TO service_role;

-- payment_intent.processing | succeeded | payment_failed | canceled. The payment is found by the
-- intent id or, when the payer's request never recorded it (a crash after Stripe answered), by the
-- payment id in the intent's metadata, and then linked.
CREATE FUNCTION leaseport.apply_payment_intent_event(
  p_type text, p_intent jsonb, p_event_created timestamptz)
RETURNS text
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
  v_intent_id text := p_intent ->> 'id';
  v_payment_ref text := p_intent -> 'metadata' ->> 'leaseport_payment_id';
  v_payment_id uuid;
  v_charge_id uuid;
  v_payment leaseport.payments;
  v_from leaseport.payment_status;
  v_to leaseport.payment_status;
  v_kind leaseport.payment_method_kind;
  v_error jsonb := p_intent -> 'last_payment_error';
  v_method_type text;
BEGIN
  v_to := CASE p_type
            WHEN 'payment_intent.processing' THEN 'PROCESSING'
            WHEN 'payment_intent.succeeded' THEN 'SUCCEEDED'
            WHEN 'payment_intent.payment_failed' THEN 'FAILED'
            WHEN 'payment_intent.canceled' THEN 'CANCELED'
          END::leaseport.payment_status;
  IF v_to IS NULL THEN
    RAISE EXCEPTION 'not a payment intent event: %', p_type;
  END IF;
  SELECT p.id, p.charge_id INTO v_payment_id, v_charge_id FROM leaseport.payments p
   WHERE p.stripe_payment_intent_id = v_intent_id;
  IF NOT FOUND AND v_payment_ref ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  THEN
    SELECT p.id, p.charge_id INTO v_payment_id, v_charge_id FROM leaseport.payments p
     WHERE p.id = v_payment_ref::uuid AND p.stripe_payment_intent_id IS NULL;
  END IF;
  IF v_payment_id IS NULL THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  PERFORM 1 FROM leaseport.charges c WHERE c.id = v_charge_id FOR UPDATE;
  SELECT * INTO v_payment FROM leaseport.payments p WHERE p.id = v_payment_id FOR UPDATE;
  IF v_payment.stripe_payment_intent_id IS DISTINCT FROM v_intent_id
     AND v_payment.stripe_payment_intent_id IS NOT NULL THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  IF v_payment.stripe_updated_at IS NOT NULL AND p_event_created < v_payment.stripe_updated_at THEN
    RETURN 'IGNORED_STALE';
  END IF;
  v_from := v_payment.status;
  -- Forward only: PENDING → PROCESSING → a final state. SUCCEEDED, FAILED, CANCELED and DISPUTED
  -- are final for these events, so a payment_failed after succeeded changes nothing.
  IF NOT ((v_from = 'PENDING' AND v_to <> 'PENDING')
          OR (v_from = 'PROCESSING' AND v_to IN ('SUCCEEDED', 'FAILED', 'CANCELED'))) THEN
    RETURN 'IGNORED_STALE';
  END IF;
  v_method_type := coalesce(
    v_error #>> '{payment_method,type}',
    CASE WHEN jsonb_typeof(p_intent -> 'payment_method_types') = 'array'
              AND jsonb_array_length(p_intent -> 'payment_method_types') = 1
         THEN p_intent -> 'payment_method_types' ->> 0 END,
    -- A card settles at once; only a bank debit of these two stays processing.
    CASE WHEN v_to = 'PROCESSING' THEN 'us_bank_account' END);
  v_kind := CASE v_method_type
              WHEN 'card' THEN 'CARD'
              WHEN 'us_bank_account' THEN 'US_BANK_ACCOUNT'
            END::leaseport.payment_method_kind;

  UPDATE leaseport.payments p
     SET status = v_to,
         stripe_payment_intent_id = v_intent_id,
         method_kind = coalesce(v_kind, p.method_kind),
         failure_code = CASE WHEN v_to = 'FAILED'
                             THEN left(coalesce(v_error ->> 'decline_code', v_error ->> 'code',
                                                'payment_failed'), 100) END,
         failure_message = CASE WHEN v_to = 'FAILED' THEN left(v_error ->> 'message', 1000) END,
         stripe_updated_at = greatest(p.stripe_updated_at, p_event_created)
   WHERE p.id = v_payment.id
  RETURNING * INTO v_payment;

  -- What was pending settles or is released; what succeeded is paid.
  UPDATE leaseport.charges c
     SET amount_pending = c.amount_pending
                          + CASE WHEN v_to = 'PROCESSING' THEN v_payment.amount ELSE 0 END
                          - CASE WHEN v_from = 'PROCESSING' THEN v_payment.amount ELSE 0 END,
         amount_paid = c.amount_paid
                       + CASE WHEN v_to = 'SUCCEEDED' THEN v_payment.amount ELSE 0 END
   WHERE c.id = v_charge_id;
  PERFORM leaseport.settle_charge_status(v_charge_id);

  IF v_to = 'SUCCEEDED' THEN
    PERFORM leaseport.notify_payment(v_payment, v_payment.payer_id, 'PAYMENT_SUCCEEDED',
                                     'Your rent payment succeeded');
    PERFORM leaseport.notify_payment(v_payment, v_payment.owner_id, 'PAYMENT_SUCCEEDED',
                                     'A rent payment succeeded');
  ELSIF v_to = 'FAILED' THEN
    PERFORM leaseport.notify_payment(v_payment, v_payment.payer_id, 'PAYMENT_FAILED',
                                     'Your rent payment failed');
    -- A bank debit failing days later reopens a balance the owner saw as pending: both are told.
    IF v_from = 'PROCESSING' THEN
      PERFORM leaseport.notify_payment(v_payment, v_payment.owner_id, 'PAYMENT_FAILED',
                                       'A pending rent payment failed');
    END IF;
  END IF;
  RETURN 'APPLIED';
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.apply_payment_intent_event(text, jsonb, timestamptz)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.apply_payment_intent_event(text, jsonb, timestamptz)
  TO service_role;

-- charge.refunded: Stripe's cumulative amount_refunded of the payment's charge, exactly. The
-- difference from what the payment holds goes back onto the charge's balance; a smaller or equal
-- amount is an older or repeated state (IGNORED_STALE).
CREATE FUNCTION leaseport.apply_charge_refunded(p_charge jsonb, p_event_created timestamptz)
RETURNS text
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
  v_payment leaseport.payments;
  v_refunded bigint;
  v_delta bigint;
BEGIN
  SELECT * INTO v_payment FROM leaseport.payments p
   WHERE p.stripe_payment_intent_id = p_charge ->> 'payment_intent';
  IF NOT FOUND THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  PERFORM 1 FROM leaseport.charges c WHERE c.id = v_payment.charge_id FOR UPDATE;
  SELECT * INTO v_payment FROM leaseport.payments p WHERE p.id = v_payment.id FOR UPDATE;
  v_refunded := least((p_charge ->> 'amount_refunded')::bigint,
                      v_payment.amount - v_payment.amount_disputed);
  v_delta := v_refunded - v_payment.amount_refunded;
  IF v_payment.status NOT IN ('SUCCEEDED', 'DISPUTED') OR v_delta <= 0 THEN
    RETURN 'IGNORED_STALE';
  END IF;
  UPDATE leaseport.payments p
     SET amount_refunded = v_refunded,
         stripe_updated_at = greatest(p.stripe_updated_at, p_event_created)
   WHERE p.id = v_payment.id;
  UPDATE leaseport.charges c SET amount_refunded = c.amount_refunded + v_delta
   WHERE c.id = v_payment.charge_id;
  PERFORM leaseport.settle_charge_status(v_payment.charge_id);
  RETURN 'APPLIED';
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.apply_charge_refunded(jsonb, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.apply_charge_refunded(jsonb, timestamptz) TO service_role;

-- charge.dispute.created | closed. Opened: the payment is DISPUTED and the charge reopens by the
-- disputed amount (no longer counted as paid) while the bank decides. Closed: won (or a warning
-- closed) gives the amount back to the charge and the payment is SUCCEEDED again; lost keeps it
-- reopened and the payment DISPUTED for good. The owner is told each time.
CREATE FUNCTION leaseport.apply_dispute_event(
  p_type text, p_dispute jsonb, p_event_created timestamptz)
RETURNS text
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
  v_payment leaseport.payments;
  v_amount bigint;
  v_back bigint;
  v_outcome text := p_dispute ->> 'status';
BEGIN
  IF p_type NOT IN ('charge.dispute.created', 'charge.dispute.closed') THEN
    RAISE EXCEPTION 'not a dispute event: %', p_type;
  END IF;
  SELECT * INTO v_payment FROM leaseport.payments p
   WHERE p.stripe_payment_intent_id = p_dispute ->> 'payment_intent';
  IF NOT FOUND THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  PERFORM 1 FROM leaseport.charges c WHERE c.id = v_payment.charge_id FOR UPDATE;
  SELECT * INTO v_payment FROM leaseport.payments p WHERE p.id = v_payment.id FOR UPDATE;
  IF v_payment.stripe_updated_at IS NOT NULL AND p_event_created < v_payment.stripe_updated_at THEN
    RETURN 'IGNORED_STALE';
  END IF;
  IF p_type = 'charge.dispute.created' THEN
    IF v_payment.status <> 'SUCCEEDED' THEN
      RETURN 'IGNORED_STALE';
    END IF;
    v_amount := least((p_dispute ->> 'amount')::bigint,
                      v_payment.amount - v_payment.amount_refunded);
    UPDATE leaseport.payments p
       SET status = 'DISPUTED', amount_disputed = v_amount,
           stripe_updated_at = greatest(p.stripe_updated_at, p_event_created)
     WHERE p.id = v_payment.id
    RETURNING * INTO v_payment;
    UPDATE leaseport.charges c SET amount_paid = c.amount_paid - v_amount
     WHERE c.id = v_payment.charge_id;
    PERFORM leaseport.settle_charge_status(v_payment.charge_id);
    PERFORM leaseport.notify_payment(v_payment, v_payment.owner_id, 'PAYMENT_FAILED',
                                     'A rent payment is disputed');
    RETURN 'APPLIED';
  END IF;
  -- closed
  IF v_payment.status <> 'DISPUTED' OR v_payment.amount_disputed = 0 THEN
    RETURN 'IGNORED_STALE';
  END IF;
  IF v_outcome IN ('won', 'warning_closed') THEN
    -- The charge gets the money back, up to its balance: a tenant who paid the reopened balance
    -- meanwhile has paid twice, which the owner refunds.
    SELECT least(v_payment.amount_disputed, c.amount - c.amount_paid + c.amount_refunded
                                            - c.amount_pending)
      INTO v_back FROM leaseport.charges c WHERE c.id = v_payment.charge_id;
    UPDATE leaseport.charges c SET amount_paid = c.amount_paid + v_back
     WHERE c.id = v_payment.charge_id;
    UPDATE leaseport.payments p
       SET status = 'SUCCEEDED', amount_disputed = 0,
           stripe_updated_at = greatest(p.stripe_updated_at, p_event_created)
     WHERE p.id = v_payment.id
    RETURNING * INTO v_payment;
    PERFORM leaseport.settle_charge_status(v_payment.charge_id);
    PERFORM leaseport.notify_payment(v_payment, v_payment.owner_id, 'PAYMENT_SUCCEEDED',
                                     'A disputed rent payment was won');
  ELSIF v_outcome = 'lost' THEN
    UPDATE leaseport.payments p
       SET stripe_updated_at = greatest(p.stripe_updated_at, p_event_created)
     WHERE p.id = v_payment.id;
    PERFORM leaseport.notify_payment(v_payment, v_payment.owner_id, 'PAYMENT_FAILED',
                                     'A disputed rent payment was lost');
  ELSE
    RETURN 'IGNORED_STALE';
  END IF;
  RETURN 'APPLIED';
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.apply_dispute_event(text, jsonb, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.apply_dispute_event(text, jsonb, timestamptz)
  TO service_role;
