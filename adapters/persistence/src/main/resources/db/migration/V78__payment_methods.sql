-- A renter's saved payment methods (cards and US bank accounts) and their Stripe customer.
--
-- A saved method belongs to a user, not to an owner: one renter's card pays the rent of every
-- lease they hold, whoever the landlords are. So the table has user_id and no owner_id, and an
-- owner sees none of it. Rows come only from Stripe: setup_intent.succeeded records a method
-- (the webhook inbox, service_role), payment_method.detached removes it. A request may read its
-- own rows, choose the default and delete one (after the use case detached it at Stripe); it can
-- never insert one, so a row always names a method Stripe attached to the user's own customer.

CREATE TABLE leaseport.payment_methods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES leaseport.users (id),
  stripe_payment_method_id text NOT NULL
    CHECK (char_length(stripe_payment_method_id) BETWEEN 1 AND 255),
  -- Text with a check, the same literals as the domain's PaymentMethodKind.
  kind text NOT NULL CHECK (kind IN ('CARD', 'US_BANK_ACCOUNT')),
  -- A card's brand (visa, mastercard...) or a bank account's bank name, as Stripe reports them.
  brand text CHECK (char_length(brand) BETWEEN 1 AND 100),
  bank_name text CHECK (char_length(bank_name) BETWEEN 1 AND 200),
  last4 text CHECK (last4 ~ '^[0-9]{4}$'),
  exp_month smallint CHECK (exp_month BETWEEN 1 AND 12),
  exp_year smallint CHECK (exp_year BETWEEN 2000 AND 2200),
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT payment_methods_stripe_payment_method_key UNIQUE (stripe_payment_method_id),
  -- Only cards expire and have a brand; only bank accounts have a bank.
  CONSTRAINT payment_methods_card_fields_check
    CHECK (kind = 'CARD' OR (brand IS NULL AND exp_month IS NULL AND exp_year IS NULL)),
  CONSTRAINT payment_methods_bank_fields_check CHECK (kind = 'US_BANK_ACCOUNT' OR bank_name IS NULL)
);
-- The policy column, and the order lists and default promotion read in.
CREATE INDEX payment_methods_user_id_idx ON leaseport.payment_methods (user_id, created_at DESC);
-- At most one default per user, whoever writes it and however concurrently.
CREATE UNIQUE INDEX payment_methods_one_default_key ON leaseport.payment_methods (user_id)
  WHERE is_default;
CREATE TRIGGER payment_methods_touch BEFORE UPDATE ON leaseport.payment_methods
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

ALTER TABLE leaseport.payment_methods ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.payment_methods FORCE ROW LEVEL SECURITY;
CREATE POLICY payment_methods_holder ON leaseport.payment_methods FOR ALL TO authenticated
  USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
-- set_lease_autopay (V79, SECURITY DEFINER) checks that a method is the caller's own.
CREATE POLICY payment_methods_definer_read ON leaseport.payment_methods FOR SELECT
  TO CURRENT_USER USING (user_id = (SELECT auth.uid()));

GRANT SELECT, DELETE ON leaseport.payment_methods TO authenticated;
GRANT UPDATE (is_default) ON leaseport.payment_methods TO authenticated;
-- The webhook effects below record and remove methods.
GRANT SELECT, INSERT, DELETE ON leaseport.payment_methods TO service_role;
GRANT UPDATE (is_default) ON leaseport.payment_methods TO service_role;

-- The caller's Stripe customer, stored once: users.stripe_customer_id is a protected column that
-- requests may not write (V1), so this SECURITY DEFINER function writes it for the caller only,
-- and only while it is empty. Of two racing requests (both made the same customer at Stripe under
-- one idempotency key per user) the second waits for the first's row lock, finds the column set and
-- changes nothing; both return what is stored. The policy users_provision_caller (V50) confines the
-- definer to the caller's own row.
CREATE FUNCTION leaseport.remember_my_stripe_customer(p_customer_id text) RETURNS text
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  v_stored text;
BEGIN
  IF auth.uid() IS NULL OR p_customer_id IS NULL
     OR p_customer_id !~ '^cus_[A-Za-z0-9]{1,250}$' THEN
    RAISE EXCEPTION 'must be a Stripe customer id' USING ERRCODE = 'LPV01', COLUMN = 'customer';
  END IF;
  UPDATE leaseport.users SET stripe_customer_id = p_customer_id
    WHERE id = (SELECT auth.uid()) AND stripe_customer_id IS NULL;
  SELECT u.stripe_customer_id INTO v_stored FROM leaseport.users u WHERE u.id = (SELECT auth.uid());
  IF v_stored IS NULL THEN
    RAISE EXCEPTION 'User not found' USING ERRCODE = 'P0002';
  END IF;
  RETURN v_stored;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.remember_my_stripe_customer(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.remember_my_stripe_customer(text) TO authenticated;

-- The caller's default method becomes p_id. The caller's user row is locked first, so two changes
-- of one user's default run one after the other (the partial unique index would otherwise refuse
-- the second); the old default is cleared before the new one is set. False: no such method of the
-- caller's (row-level security shows no other).
CREATE FUNCTION leaseport.set_default_payment_method(p_id uuid) RETURNS boolean
  LANGUAGE plpgsql
  VOLATILE
  SET search_path = ''
  AS $$
BEGIN
  PERFORM 1 FROM leaseport.users u WHERE u.id = (SELECT auth.uid()) FOR NO KEY UPDATE;
  IF NOT EXISTS (SELECT 1 FROM leaseport.payment_methods m WHERE m.id = p_id) THEN
    RETURN false;
  END IF;
  UPDATE leaseport.payment_methods m SET is_default = false
    WHERE m.user_id = (SELECT auth.uid()) AND m.is_default AND m.id <> p_id;
  UPDATE leaseport.payment_methods m SET is_default = true
    WHERE m.id = p_id AND NOT m.is_default;
  RETURN true;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.set_default_payment_method(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.set_default_payment_method(uuid) TO authenticated;

-- Removes one of the caller's methods (the use case detached it at Stripe first). When it was the
-- default, the newest remaining method becomes the default; none left, none is. A lease paying by
-- it turns autopay off (the foreign key of V79). False: no such method of the caller's.
CREATE FUNCTION leaseport.delete_my_payment_method(p_id uuid) RETURNS boolean
  LANGUAGE plpgsql
  VOLATILE
  SET search_path = ''
  AS $$
DECLARE
  v_user uuid := (SELECT auth.uid());
  v_was_default boolean;
BEGIN
  PERFORM 1 FROM leaseport.users u WHERE u.id = v_user FOR NO KEY UPDATE;
  DELETE FROM leaseport.payment_methods m WHERE m.id = p_id RETURNING m.is_default
    INTO v_was_default;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF v_was_default THEN
    UPDATE leaseport.payment_methods m SET is_default = true
      WHERE m.id = (SELECT n.id FROM leaseport.payment_methods n WHERE n.user_id = v_user
                    ORDER BY n.created_at DESC, n.id LIMIT 1);
  END IF;
  RETURN true;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.delete_my_payment_method(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.delete_my_payment_method(uuid) TO authenticated;

-- setup_intent.succeeded: the SetupIntent's payment method is recorded for the user whose Stripe
-- customer it names; the user's first method becomes the default. The webhook use case has
-- replaced the event's payment-method id by the method itself, read from Stripe when the event
-- arrived: a method no longer attached to that customer (detached since; its detach event may
-- even have come first) is IGNORED_STALE, as is one already recorded. A customer Leaseport did not
-- make for a renter is IGNORED_UNKNOWN. The user's row is locked first, so two of their methods
-- recorded at once cannot both become the default.
CREATE FUNCTION leaseport.apply_setup_intent_succeeded(p_intent jsonb) RETURNS text
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  v_user uuid;
  v_method jsonb := p_intent -> 'payment_method';
  v_kind text;
  v_details jsonb;
  v_inserted int;
BEGIN
  SELECT u.id INTO v_user FROM leaseport.users u
    WHERE u.stripe_customer_id = p_intent ->> 'customer' FOR NO KEY UPDATE;
  IF NOT FOUND OR v_method IS NULL OR jsonb_typeof(v_method) = 'null' THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  IF jsonb_typeof(v_method) <> 'object' THEN
    -- Not completed with the method's details: fail, so that Stripe delivers it again.
    RAISE EXCEPTION 'setup_intent.succeeded % arrived without its payment method''s details',
      p_intent ->> 'id';
  END IF;
  IF v_method ->> 'customer' IS DISTINCT FROM p_intent ->> 'customer' THEN
    RETURN 'IGNORED_STALE';
  END IF;
  v_kind := CASE v_method ->> 'type' WHEN 'card' THEN 'CARD'
                                     WHEN 'us_bank_account' THEN 'US_BANK_ACCOUNT' END;
  IF v_kind IS NULL THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  v_details := v_method -> (v_method ->> 'type');
  INSERT INTO leaseport.payment_methods
      (user_id, stripe_payment_method_id, kind, brand, bank_name, last4, exp_month, exp_year,
       is_default)
    VALUES (v_user, v_method ->> 'id', v_kind,
            CASE WHEN v_kind = 'CARD' THEN nullif(v_details ->> 'brand', '') END,
            CASE WHEN v_kind = 'US_BANK_ACCOUNT' THEN nullif(v_details ->> 'bank_name', '') END,
            v_details ->> 'last4',
            CASE WHEN v_kind = 'CARD' THEN (v_details ->> 'exp_month')::smallint END,
            CASE WHEN v_kind = 'CARD' THEN (v_details ->> 'exp_year')::smallint END,
            NOT EXISTS (SELECT 1 FROM leaseport.payment_methods m WHERE m.user_id = v_user))
    ON CONFLICT (stripe_payment_method_id) DO NOTHING;
  GET DIAGNOSTICS v_inserted = ROW_COUNT;
  RETURN CASE WHEN v_inserted = 1 THEN 'APPLIED' ELSE 'IGNORED_STALE' END;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.apply_setup_intent_succeeded(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.apply_setup_intent_succeeded(jsonb) TO service_role;

-- payment_method.detached: the method is gone at Stripe (the renter removed it here, or elsewhere),
-- so its row goes; when it was the default the newest remaining one becomes the default. A method
-- Leaseport does not hold (removed here already) is IGNORED_UNKNOWN.
CREATE FUNCTION leaseport.apply_payment_method_detached(p_method jsonb) RETURNS text
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  v_user uuid;
  v_was_default boolean;
BEGIN
  SELECT m.user_id INTO v_user FROM leaseport.payment_methods m
    WHERE m.stripe_payment_method_id = p_method ->> 'id';
  IF NOT FOUND THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  PERFORM 1 FROM leaseport.users u WHERE u.id = v_user FOR NO KEY UPDATE;
  DELETE FROM leaseport.payment_methods m WHERE m.stripe_payment_method_id = p_method ->> 'id'
    RETURNING m.is_default INTO v_was_default;
  IF NOT FOUND THEN
    RETURN 'IGNORED_UNKNOWN';
  END IF;
  IF v_was_default THEN
    UPDATE leaseport.payment_methods m SET is_default = true
      WHERE m.id = (SELECT n.id FROM leaseport.payment_methods n WHERE n.user_id = v_user
                    ORDER BY n.created_at DESC, n.id LIMIT 1);
  END IF;
  RETURN 'APPLIED';
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.apply_payment_method_detached(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.apply_payment_method_detached(jsonb) TO service_role;
