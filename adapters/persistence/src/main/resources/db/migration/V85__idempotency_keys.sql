-- The answers to POSTs sent with an Idempotency-Key header, kept 24 hours so that a retry gets the
-- same answer instead of a second effect. A row is written in the same user-tier transaction as
-- the request's effect, and only for a 2xx answer: a row exists exactly when its effect committed.
-- While the first request runs, its key is held by a transaction-scoped advisory lock (taken in
-- claim_idempotency_key), not by a row, so no "in flight" row can outlive a crashed request.
-- The owner is the caller (auth.uid()): another caller's identical key is a different key.
CREATE TABLE leaseport.idempotency_keys (
  owner_id uuid NOT NULL REFERENCES leaseport.users (id) ON DELETE CASCADE,
  -- 1 to 255 visible ASCII characters, as the edge checks before it gets here.
  key text NOT NULL CHECK (key ~ '^[!-~]{1,255}$'),
  -- sha256 of method, path, query and body bytes: the same key with another request is refused.
  fingerprint bytea NOT NULL CHECK (octet_length(fingerprint) = 32),
  status integer NOT NULL CHECK (status BETWEEN 200 AND 299),
  location text CHECK (char_length(location) <= 2000),
  etag text CHECK (char_length(etag) <= 200),
  content_type text CHECK (char_length(content_type) <= 200),
  body bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL DEFAULT now() + interval '24 hours',
  PRIMARY KEY (owner_id, key)
);
-- The cleanup job deletes by expiry.
CREATE INDEX idempotency_keys_expires_at_idx ON leaseport.idempotency_keys (expires_at);

ALTER TABLE leaseport.idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.idempotency_keys FORCE ROW LEVEL SECURITY;
-- A caller reads and writes only their own keys, whatever their user type; they may delete one only
-- once it has expired (the claim below makes room for a reused expired key). Rows are never
-- updated: a stored answer stays what it was.
CREATE POLICY idempotency_keys_owner_read ON leaseport.idempotency_keys FOR SELECT
  TO authenticated USING (owner_id = (SELECT auth.uid()));
CREATE POLICY idempotency_keys_owner_insert ON leaseport.idempotency_keys FOR INSERT
  TO authenticated WITH CHECK (owner_id = (SELECT auth.uid()));
CREATE POLICY idempotency_keys_owner_delete_expired ON leaseport.idempotency_keys FOR DELETE
  TO authenticated USING (owner_id = (SELECT auth.uid()) AND expires_at <= now());

GRANT SELECT, DELETE ON leaseport.idempotency_keys TO authenticated;
GRANT INSERT (owner_id, key, fingerprint, status, location, etag, content_type, body)
  ON leaseport.idempotency_keys TO authenticated;
-- The cleanup job (system tier) finds and deletes expired rows.
GRANT SELECT, DELETE ON leaseport.idempotency_keys TO service_role;

-- Claims p_key for the calling user in the current transaction, in one round trip. Outcomes:
--   in-flight: another transaction holds the key right now (its request is still running);
--   claimed:   no stored answer; this transaction holds the key until it ends;
--   replay:    a stored answer for the same fingerprint (its columns are returned);
--   reused:    a stored answer for another request.
-- The lock is tried, never waited for, so a concurrent duplicate answers 409 at once instead of
-- holding a connection. A waiting lock would also be safe: the first transaction's row is visible
-- to the next statement once its lock is released at commit.
CREATE FUNCTION leaseport.claim_idempotency_key(p_key text, p_fingerprint bytea)
  RETURNS TABLE (outcome text, status integer, location text, etag text, content_type text,
                 body bytea)
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  caller uuid := (SELECT auth.uid());
BEGIN
  IF caller IS NULL THEN
    RAISE EXCEPTION 'an idempotency key needs a caller' USING ERRCODE = '42501';
  END IF;
  IF NOT pg_catalog.pg_try_advisory_xact_lock(pg_catalog.hashtext('leaseport.idempotency_keys'),
      pg_catalog.hashtext(caller::text || '/' || p_key)) THEN
    RETURN QUERY SELECT 'in-flight', NULL::integer, NULL::text, NULL::text, NULL::text,
      NULL::bytea;
    RETURN;
  END IF;
  DELETE FROM leaseport.idempotency_keys k
    WHERE k.owner_id = caller AND k.key = p_key AND k.expires_at <= now();
  RETURN QUERY
    SELECT CASE WHEN k.fingerprint = p_fingerprint THEN 'replay' ELSE 'reused' END,
           k.status, k.location, k.etag, k.content_type, k.body
    FROM leaseport.idempotency_keys k
    WHERE k.owner_id = caller AND k.key = p_key;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'claimed', NULL::integer, NULL::text, NULL::text, NULL::text,
      NULL::bytea;
  END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.claim_idempotency_key(text, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.claim_idempotency_key(text, bytea) TO authenticated;

-- The daily job expire-idempotency-keys: deletes the keys expired by the end of as_of (UTC),
-- never one that is still valid now. Runs as service_role (the system tier), which bypasses RLS.
CREATE FUNCTION leaseport.expire_idempotency_keys(as_of date) RETURNS jsonb
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  deleted bigint;
BEGIN
  DELETE FROM leaseport.idempotency_keys k
    WHERE k.expires_at <= LEAST(now(), (expire_idempotency_keys.as_of + 1)::timestamp AT TIME ZONE 'UTC');
  GET DIAGNOSTICS deleted = ROW_COUNT;
  RETURN jsonb_build_object('keysDeleted', deleted);
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.expire_idempotency_keys(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.expire_idempotency_keys(date) TO service_role;
