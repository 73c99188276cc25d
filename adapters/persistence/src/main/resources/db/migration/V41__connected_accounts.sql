-- Owners' payout accounts (Stripe Connect Express). The row is written when the account is
-- created, by the owner's own request (the account id only: a fresh Express account can take no
-- charges and has no payouts, which the column defaults say), and kept current only from
-- account.updated events by the webhook inbox (service_role). So requests may insert their own
-- row and read it, never change it: whether an account can take charges is Stripe's word, not the
-- owner's. Tenants see nothing.

CREATE TABLE leaseport.connected_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  stripe_account_id text NOT NULL CHECK (stripe_account_id ~ '^acct_[A-Za-z0-9]{1,250}$'),
  charges_enabled boolean NOT NULL DEFAULT false,
  payouts_enabled boolean NOT NULL DEFAULT false,
  details_submitted boolean NOT NULL DEFAULT false,
  -- Stripe's requirements.currently_due: the fields the owner must still provide.
  requirements_due text[] NOT NULL DEFAULT '{}',
  -- The creation time of the last account.updated applied: an older event is stale.
  stripe_updated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  -- One account per owner; its index is also the owner_id index the policies use.
  CONSTRAINT connected_accounts_owner_key UNIQUE (owner_id),
  CONSTRAINT connected_accounts_stripe_account_key UNIQUE (stripe_account_id)
);
CREATE TRIGGER connected_accounts_touch BEFORE UPDATE ON leaseport.connected_accounts
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

ALTER TABLE leaseport.connected_accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.connected_accounts FORCE ROW LEVEL SECURITY;
CREATE POLICY connected_accounts_owner_read ON leaseport.connected_accounts
  FOR SELECT TO authenticated
  USING (owner_id = (SELECT auth.uid()));
CREATE POLICY connected_accounts_owner_create ON leaseport.connected_accounts
  FOR INSERT TO authenticated
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');

GRANT SELECT ON leaseport.connected_accounts TO authenticated;
GRANT INSERT (owner_id, stripe_account_id) ON leaseport.connected_accounts TO authenticated;
GRANT SELECT ON leaseport.connected_accounts TO service_role;
GRANT UPDATE (charges_enabled, payouts_enabled, details_submitted, requirements_due,
              stripe_updated_at)
  ON leaseport.connected_accounts TO service_role;

-- account.updated: the account's state from the event's object, unless the row already holds a
-- newer event's state (IGNORED_STALE) or the account is not one of Leaseport's (IGNORED_UNKNOWN).
-- The row lock orders two events of one account that arrive together.
CREATE FUNCTION leaseport.apply_account_updated(p_account jsonb, p_event_created timestamptz)
RETURNS text
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
  v_id uuid;
  v_updated_at timestamptz;
  v_due jsonb := p_account -> 'requirements' -> 'currently_due';
BEGIN
  SELECT id, stripe_updated_at INTO v_id, v_updated_at
    FROM leaseport.connected_accounts
   WHERE stripe_account_id = p_account ->> 'id'
     FOR UPDATE;
  IF NOT FOUND THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  IF v_updated_at IS NOT NULL AND p_event_created < v_updated_at THEN
    RETURN 'IGNORED_STALE';
  END IF;
  UPDATE leaseport.connected_accounts
     SET charges_enabled = coalesce((p_account ->> 'charges_enabled')::boolean, false),
         payouts_enabled = coalesce((p_account ->> 'payouts_enabled')::boolean, false),
         details_submitted = coalesce((p_account ->> 'details_submitted')::boolean, false),
         requirements_due = CASE WHEN jsonb_typeof(v_due) = 'array'
                                 THEN ARRAY(SELECT jsonb_array_elements_text(v_due))
                                 ELSE '{}'::text[] END,
         stripe_updated_at = p_event_created
   WHERE id = v_id;
  RETURN 'APPLIED';
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.apply_account_updated(jsonb, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.apply_account_updated(jsonb, timestamptz) TO service_role;
