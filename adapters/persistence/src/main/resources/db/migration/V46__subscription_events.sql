-- The effect of Stripe's subscription events on an owner's subscription row, in one call from the
-- webhook inbox's system-tier transaction. The row is found by the event's customer (stored by the
-- owner's first checkout) and locked, which orders two events of one owner that arrive together.
-- Outcomes:
--   IGNORED_UNKNOWN  the customer is not one of Leaseport's, or the object is not a subscription's;
--   IGNORED_STALE    the event is older than the row's last applied event (Stripe's `created`),
--                    concerns a subscription the row has moved past, would move an ended
--                    subscription (canceled, incomplete_expired) back, or brings nothing new;
--   APPLIED          the row changed.
-- p_plans_by_price maps each configured Stripe price id to its plan id ({"price_1": "starter"}):
-- plans are configuration, so the caller passes them; a price not configured leaves no plan.

CREATE FUNCTION leaseport.apply_subscription_event(
  p_type text, p_object jsonb, p_event_created timestamptz, p_plans_by_price jsonb)
RETURNS text
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
  v_row leaseport.subscriptions%ROWTYPE;
  v_subscription text;
  v_status text;
  v_ended constant text[] := ARRAY['canceled', 'incomplete_expired'];
  v_live constant text[] := ARRAY['trialing', 'active', 'past_due'];
BEGIN
  IF p_object ->> 'customer' IS NULL THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  SELECT * INTO v_row FROM leaseport.subscriptions
    WHERE stripe_customer_id = p_object ->> 'customer' FOR UPDATE;
  IF NOT FOUND THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;

  IF p_type = 'checkout.session.completed' THEN
    -- Links the new subscription to the owner; its state comes with the subscription's own
    -- events, which may arrive before or after this one: stripe_updated_at stays as it was, so
    -- the subscription's `created` (made just before this event) still applies afterwards. A live
    -- subscription stays: a second one (two checkouts at once) is not the owner's plan.
    v_subscription := p_object ->> 'subscription';
    IF p_object ->> 'mode' IS DISTINCT FROM 'subscription' OR v_subscription IS NULL THEN
      RETURN 'IGNORED_UNKNOWN';
    END IF;
    IF v_row.stripe_subscription_id IS NOT DISTINCT FROM v_subscription
       OR v_row.status = ANY (v_live) OR p_event_created < v_row.stripe_updated_at THEN
      RETURN 'IGNORED_STALE';
    END IF;
    UPDATE leaseport.subscriptions
      SET stripe_subscription_id = v_subscription, plan_id = NULL, status = NULL,
          current_period_end = NULL, cancel_at_period_end = false
      WHERE id = v_row.id;
    RETURN 'APPLIED';
  END IF;

  IF p_type IN ('invoice.paid', 'invoice.payment_failed') THEN
    v_subscription := coalesce(p_object ->> 'subscription',
                               p_object #>> '{parent,subscription_details,subscription}');
    IF v_subscription IS NULL OR v_subscription IS DISTINCT FROM v_row.stripe_subscription_id
       OR p_event_created < v_row.stripe_updated_at THEN
      RETURN 'IGNORED_STALE';
    END IF;
    v_status := CASE
      WHEN p_type = 'invoice.paid' AND v_row.status IN ('incomplete', 'past_due', 'unpaid')
        THEN 'active'
      WHEN p_type = 'invoice.payment_failed' AND v_row.status IN ('active', 'trialing')
        THEN 'past_due'
    END;
    IF v_status IS NULL THEN
      RETURN 'IGNORED_STALE';
    END IF;
    UPDATE leaseport.subscriptions SET status = v_status, stripe_updated_at = p_event_created
      WHERE id = v_row.id;
    RETURN 'APPLIED';
  END IF;

  -- customer.subscription.created | updated | deleted: the object is the subscription.
  v_subscription := p_object ->> 'id';
  v_status := p_object ->> 'status';
  IF p_object ->> 'object' IS DISTINCT FROM 'subscription' OR v_subscription IS NULL
     OR v_status IS NULL THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  IF v_row.stripe_subscription_id IS DISTINCT FROM v_subscription THEN
    -- Another subscription than the row's: it takes the row's place only when the row's has
    -- ended (or there is none yet), and only if it is live itself.
    IF v_row.status IS NOT NULL AND NOT v_row.status = ANY (v_ended)
       AND v_row.stripe_subscription_id IS NOT NULL THEN
      RETURN 'IGNORED_STALE';
    END IF;
    IF v_row.stripe_subscription_id IS NOT NULL AND NOT v_status = ANY (v_live) THEN
      RETURN 'IGNORED_STALE';
    END IF;
  ELSE
    IF p_event_created < v_row.stripe_updated_at
       -- `created` is a subscription's first event: any state the row holds is at least as new.
       OR (p_type = 'customer.subscription.created' AND v_row.status IS NOT NULL
           AND p_event_created <= v_row.stripe_updated_at)
       -- An ended subscription never comes back.
       OR (v_row.status = ANY (v_ended) AND v_status IS DISTINCT FROM v_row.status) THEN
      RETURN 'IGNORED_STALE';
    END IF;
  END IF;
  UPDATE leaseport.subscriptions
    SET stripe_subscription_id = v_subscription,
        plan_id = p_plans_by_price ->> (p_object #>> '{items,data,0,price,id}'),
        status = v_status,
        -- Newer API versions keep the period on the subscription's item.
        current_period_end = to_timestamp(coalesce(p_object ->> 'current_period_end',
                                                   p_object #>> '{items,data,0,current_period_end}')::bigint),
        cancel_at_period_end = coalesce((p_object ->> 'cancel_at_period_end')::boolean, false),
        stripe_updated_at = p_event_created
    WHERE id = v_row.id;
  RETURN 'APPLIED';
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.apply_subscription_event(text, jsonb, timestamptz, jsonb)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.apply_subscription_event(text, jsonb, timestamptz, jsonb)
  TO service_role;
