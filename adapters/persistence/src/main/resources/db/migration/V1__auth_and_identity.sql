-- Identity: the claims functions row-level security reads, and the users table.
-- Runs as leaseport_owner, which owns every object below.

-- No function is callable by PUBLIC unless granted explicitly (ADR 0002).
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE ALL ON SCHEMA leaseport FROM PUBLIC;
REVOKE ALL ON SCHEMA auth FROM PUBLIC;
GRANT USAGE ON SCHEMA leaseport TO authenticated, service_role;
GRANT USAGE ON SCHEMA auth TO authenticated, service_role;

-- The verified JWT claims of the current transaction (set by the user tier), or {}.
CREATE FUNCTION auth.jwt() RETURNS jsonb
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;

-- The caller's user id (the token's sub), or null when there is no caller.
CREATE FUNCTION auth.uid() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(auth.jwt() ->> 'sub', '')::uuid $$;

REVOKE EXECUTE ON FUNCTION auth.jwt(), auth.uid() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.jwt(), auth.uid() TO authenticated, service_role;

CREATE TYPE leaseport.user_type AS ENUM ('OWNER', 'TENANT', 'ADMIN');

-- Keeps updated_at and the optimistic-concurrency version honest on every update.
CREATE FUNCTION leaseport.touch_row() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
BEGIN
  NEW.created_at := OLD.created_at;
  NEW.updated_at := now();
  NEW.version := OLD.version + 1;
  RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.touch_row() FROM PUBLIC;

CREATE TABLE leaseport.users (
  id uuid PRIMARY KEY,
  email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 320),
  full_name text CHECK (char_length(full_name) BETWEEN 1 AND 200),
  phone text CHECK (char_length(phone) BETWEEN 3 AND 32),
  user_type leaseport.user_type NOT NULL,
  stripe_customer_id text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1
);
CREATE TRIGGER users_touch BEFORE UPDATE ON leaseport.users
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

ALTER TABLE leaseport.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_select_self ON leaseport.users FOR SELECT TO authenticated
  USING (id = (SELECT auth.uid()));
CREATE POLICY users_update_self ON leaseport.users FOR UPDATE TO authenticated
  USING (id = (SELECT auth.uid())) WITH CHECK (id = (SELECT auth.uid()));

-- Users may change only their name and phone; e-mail and user type follow the token, and the
-- Stripe ids belong to the payment flows (column grants, ADR 0002).
GRANT SELECT ON leaseport.users TO authenticated;
GRANT UPDATE (full_name, phone) ON leaseport.users TO authenticated;
-- Identity provisioning (system tier) creates the row and keeps e-mail and type in step.
GRANT SELECT, INSERT, UPDATE ON leaseport.users TO service_role;
