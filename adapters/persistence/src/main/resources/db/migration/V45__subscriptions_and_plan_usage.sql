-- Owner subscriptions (as Stripe reports them) and the plan usage that plan limits count.
-- An owner's billing customer lives here, not in users.stripe_customer_id (which requests may never
-- write, and which the rent flows keep for paying tenants): the owner's first checkout creates the
-- Stripe customer and this row with it, once; every later checkout and the billing portal reuse
-- it. Stripe's events (system tier) fill in the rest. No row: the free plan.

CREATE TABLE leaseport.subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  stripe_customer_id text NOT NULL CHECK (char_length(stripe_customer_id) BETWEEN 1 AND 255),
  stripe_subscription_id text CHECK (char_length(stripe_subscription_id) BETWEEN 1 AND 255),
  plan_id text CHECK (char_length(plan_id) BETWEEN 1 AND 64),
  -- Stripe's own status names.
  status text CHECK (status IN ('incomplete', 'incomplete_expired', 'trialing', 'active',
                                'past_due', 'canceled', 'unpaid', 'paused')),
  current_period_end timestamptz,
  cancel_at_period_end boolean NOT NULL DEFAULT false,
  -- The creation time of the last Stripe event applied: an older event never overwrites it.
  stripe_updated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT subscriptions_owner_key UNIQUE (owner_id),
  CONSTRAINT subscriptions_stripe_subscription_key UNIQUE (stripe_subscription_id),
  -- Stripe's events name the customer: it leads to exactly one owner.
  CONSTRAINT subscriptions_stripe_customer_key UNIQUE (stripe_customer_id)
);
CREATE TRIGGER subscriptions_touch BEFORE UPDATE ON leaseport.subscriptions
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

ALTER TABLE leaseport.subscriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.subscriptions FORCE ROW LEVEL SECURITY;
-- An owner reads their own subscription and may create it with their customer id only; every
-- other column, and every later change, comes from Stripe's events (system tier). Tenants: nothing.
CREATE POLICY subscriptions_owner_read ON leaseport.subscriptions FOR SELECT TO authenticated
  USING (owner_id = (SELECT auth.uid())
         AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');
CREATE POLICY subscriptions_owner_create ON leaseport.subscriptions FOR INSERT TO authenticated
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');
GRANT SELECT ON leaseport.subscriptions TO authenticated;
GRANT INSERT (owner_id, stripe_customer_id) ON leaseport.subscriptions TO authenticated;
-- Stripe's events change the subscription's columns, never the owner or the customer.
GRANT SELECT ON leaseport.subscriptions TO service_role;
GRANT UPDATE (stripe_subscription_id, plan_id, status, current_period_end, cancel_at_period_end,
              stripe_updated_at)
  ON leaseport.subscriptions TO service_role;

-- The caller's plan usage for a create, under a lock on the caller's user row that lasts until
-- the transaction ends: of two creates by one owner, the second waits, then counts the first's
-- row (READ COMMITTED: each statement below sees what committed before it started). FOR NO KEY
-- UPDATE does not block the foreign-key checks of rows that reference the user.
-- Archived properties count: they keep their units and history and can be made active again.
CREATE FUNCTION leaseport.lock_plan_usage()
  RETURNS TABLE (plan_id text, subscription_status text, property_count bigint, unit_count bigint)
  LANGUAGE plpgsql
  VOLATILE
  SET search_path = ''
  AS $$
BEGIN
  PERFORM 1 FROM leaseport.users u WHERE u.id = (SELECT auth.uid()) FOR NO KEY UPDATE;
  RETURN QUERY
    SELECT s.plan_id,
           s.status,
           (SELECT count(*) FROM leaseport.properties p WHERE p.owner_id = (SELECT auth.uid())),
           (SELECT count(*) FROM leaseport.units n WHERE n.owner_id = (SELECT auth.uid()))
    FROM (SELECT 1) AS one
    LEFT JOIN leaseport.subscriptions s ON s.owner_id = (SELECT auth.uid());
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.lock_plan_usage() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.lock_plan_usage() TO authenticated;

