-- One row per scheduled job and run date: the claim that makes a daily job run once, whatever
-- the number of servers, and the record admins read. Written only by the system tier (the job
-- runner), in the same transaction as the job's own work, so a row marked SUCCEEDED means the
-- work is committed. A FAILED row is written after the work rolled back; the next attempt for
-- that date takes it over.
CREATE TABLE leaseport.job_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job text NOT NULL CHECK (job ~ '^[a-z][a-z0-9-]{0,62}$'),
  run_date date NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('SUCCEEDED', 'FAILED')),
  error text CHECK (char_length(error) <= 1000),
  -- What the job's function returned: an object of counts, e.g. {"leasesEnded": 3}.
  counts jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(counts) = 'object'),
  -- SCHEDULE or ADMIN (a back-fill or re-run asked for through the API).
  triggered_by text NOT NULL CHECK (triggered_by IN ('SCHEDULE', 'ADMIN')),
  server text NOT NULL CHECK (char_length(server) BETWEEN 1 AND 200),
  attempts integer NOT NULL DEFAULT 1 CHECK (attempts >= 1),
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT job_runs_job_run_date_key UNIQUE (job, run_date),
  CONSTRAINT job_runs_finished_after_start CHECK (finished_at >= started_at),
  CONSTRAINT job_runs_error_only_when_failed CHECK ((outcome = 'FAILED') = (error IS NOT NULL))
);
CREATE INDEX job_runs_started_at_idx ON leaseport.job_runs (started_at DESC);
CREATE TRIGGER job_runs_touch BEFORE UPDATE ON leaseport.job_runs
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- No policy for authenticated: no request may read or write run records in the user tier. Admins
-- read them through the system tier (ADR 0013); service_role bypasses row-level security.
ALTER TABLE leaseport.job_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.job_runs FORCE ROW LEVEL SECURITY;

GRANT SELECT, INSERT ON leaseport.job_runs TO service_role;
GRANT UPDATE (outcome, error, counts, triggered_by, server, attempts, started_at, finished_at)
  ON leaseport.job_runs TO service_role;
