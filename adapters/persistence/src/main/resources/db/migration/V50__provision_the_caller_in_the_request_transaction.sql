-- Identity provisioning moves into the request's own transaction (ADR 0002, ADR 0007): one
-- SECURITY DEFINER function, called by the user tier right after it sets the role and claims.
-- It reads the caller from auth.jwt() only (never from arguments), writes nothing and locks
-- nothing when the caller's row exists and matches the token, inserts it on first sight, and
-- updates e-mail and user type only when they differ.

-- The function runs as the schema owner, which row-level security filters too (FORCE): it may
-- touch the caller's own row and nothing else.
CREATE POLICY users_provision_caller ON leaseport.users FOR ALL TO CURRENT_USER
  USING (id = (SELECT auth.uid())) WITH CHECK (id = (SELECT auth.uid()));

CREATE FUNCTION leaseport.provision_caller() RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  claims jsonb := auth.jwt();
  caller uuid := auth.uid();
  caller_email text := claims ->> 'email';
  caller_type leaseport.user_type := (claims -> 'app_metadata' ->> 'user_type')::leaseport.user_type;
BEGIN
  IF caller IS NULL OR caller_type IS NULL THEN
    RAISE EXCEPTION 'provision_caller needs a caller and a user type in the claims'
      USING ERRCODE = '42501';
  END IF;
  -- Every verified token carries an e-mail; claims without one have nothing to provision from.
  IF caller_email IS NULL THEN
    RETURN;
  END IF;
  -- The common case: a plain read, no write and no row lock, so a user's concurrent requests
  -- do not queue behind each other.
  PERFORM FROM leaseport.users u
    WHERE u.id = caller AND u.email = caller_email AND u.user_type = caller_type;
  IF FOUND THEN
    RETURN;
  END IF;
  -- First sight, or the token's e-mail or type changed. Two first requests racing both succeed:
  -- the second waits for the first's row and then finds nothing to change.
  INSERT INTO leaseport.users AS u (id, email, user_type)
    VALUES (caller, caller_email, caller_type)
    ON CONFLICT (id) DO UPDATE
      SET email = excluded.email, user_type = excluded.user_type
      WHERE u.email IS DISTINCT FROM excluded.email
         OR u.user_type IS DISTINCT FROM excluded.user_type;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.provision_caller() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.provision_caller() TO authenticated;

-- Nothing provisions through the system tier any more.
REVOKE INSERT ON leaseport.users FROM service_role;
