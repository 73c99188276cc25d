-- Cluster-wide roles of Leaseport. Idempotent; run by a superuser once per cluster (and again
-- after an upgrade of this file): automatically by the embedded database in local mode, by a DBA
-- elsewhere:
--   psql -v ON_ERROR_STOP=1 -f 01-roles.sql
-- Passwords, when wanted, are passed as settings so they never appear in this file:
--   select set_config('leaseport.owner_password', '...', false);
--   select set_config('leaseport.authenticator_password', '...', false);
--   select set_config('leaseport.system_authenticator_password', '...', false);
DO $$
DECLARE
  owner_password text := nullif(current_setting('leaseport.owner_password', true), '');
  authenticator_password text := nullif(current_setting('leaseport.authenticator_password', true), '');
  system_authenticator_password text :=
    nullif(current_setting('leaseport.system_authenticator_password', true), '');
BEGIN
  -- Owns the schema and runs the migrations; never used by requests.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'leaseport_owner') THEN
    CREATE ROLE leaseport_owner LOGIN NOSUPERUSER NOCREATEROLE;
  END IF;
  -- Every request's transaction, subject to row-level security.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
  -- The system tier: bypasses row-level security, only with a stated reason.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'service_role') THEN
    CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
  END IF;
  -- The request pool's login: no rights of its own, may only become authenticated.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authenticator') THEN
    CREATE ROLE authenticator LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  -- The system tier pool's login: no rights of its own, may only become service_role. A login of
  -- its own, so that no SQL on a request connection can ever switch to service_role.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'system_authenticator') THEN
    CREATE ROLE system_authenticator LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;

  IF owner_password IS NOT NULL THEN
    EXECUTE format('ALTER ROLE leaseport_owner PASSWORD %L', owner_password);
  END IF;
  IF authenticator_password IS NOT NULL THEN
    EXECUTE format('ALTER ROLE authenticator PASSWORD %L', authenticator_password);
  END IF;
  IF system_authenticator_password IS NOT NULL THEN
    EXECUTE format('ALTER ROLE system_authenticator PASSWORD %L', system_authenticator_password);
  END IF;

  -- Clusters provisioned before the system tier had its own login let authenticator become
  -- service_role too: take that away.
  IF pg_has_role('authenticator', 'service_role', 'MEMBER') THEN
    REVOKE service_role FROM authenticator;
  END IF;
END
$$;

GRANT authenticated TO authenticator;
GRANT service_role TO system_authenticator;
