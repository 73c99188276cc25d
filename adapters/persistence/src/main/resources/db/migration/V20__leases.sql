-- Leases, their tenants and signatures; the lease state machine's database side (ADR 0012).
--
-- btree_gist gives GiST a uuid "=" so one exclusion constraint can forbid overlapping leases of a
-- unit. It is a trusted extension (PostgreSQL 13+): the database's owner, leaseport_owner, may
-- create it without a superuser, here as in production (ADR 0002). It lives in a schema of its
-- own so that its hundreds of functions stay out of leaseport's and auth's privilege lists; the
-- constraint finds its operator class by type, not by search_path, and no role gets USAGE on it.
CREATE SCHEMA IF NOT EXISTS extensions;
REVOKE ALL ON SCHEMA extensions FROM PUBLIC;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA extensions;

-- The same literals as the domain's LeaseStatus, whose transition table is the only one.
CREATE TYPE leaseport.lease_status AS ENUM
  ('DRAFT', 'PENDING_SIGNATURE', 'ACTIVE', 'ENDED', 'TERMINATED', 'CANCELLED');
CREATE TYPE leaseport.lease_tenant_role AS ENUM ('PRIMARY', 'CO_TENANT');
CREATE TYPE leaseport.signature_party AS ENUM ('OWNER', 'TENANT');

CREATE TABLE leaseport.leases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  unit_id uuid NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  rent_amount bigint NOT NULL CHECK (rent_amount BETWEEN 1 AND 10000000000),
  currency char(3) NOT NULL DEFAULT 'usd' CHECK (currency ~ '^[a-z]{3}$'),
  security_deposit bigint NOT NULL DEFAULT 0 CHECK (security_deposit BETWEEN 0 AND 10000000000),
  rent_due_day smallint NOT NULL DEFAULT 1 CHECK (rent_due_day BETWEEN 1 AND 28),
  grace_period_days smallint NOT NULL DEFAULT 5 CHECK (grace_period_days BETWEEN 0 AND 28),
  late_fee_amount bigint NOT NULL DEFAULT 0 CHECK (late_fee_amount BETWEEN 0 AND 10000000000),
  status leaseport.lease_status NOT NULL DEFAULT 'DRAFT',
  renewed_from_id uuid,
  terminated_at timestamptz,
  terminated_on date,
  termination_reason text CHECK (char_length(termination_reason) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT leases_id_owner_key UNIQUE (id, owner_id),
  -- Named so that a violation names the field endDate.
  CONSTRAINT leases_end_date_check CHECK (end_date > start_date),
  CONSTRAINT leases_terminated_on_check
    CHECK (terminated_on IS NULL OR terminated_on BETWEEN start_date AND end_date),
  -- A lease's unit, and the lease it renews, belong to the same owner, on insert and on update.
  -- No cascade: a unit with lease history is archived, not deleted (409).
  CONSTRAINT leases_unit_fk FOREIGN KEY (unit_id, owner_id)
    REFERENCES leaseport.units (id, owner_id),
  CONSTRAINT leases_renewed_from_fk FOREIGN KEY (renewed_from_id, owner_id)
    REFERENCES leaseport.leases (id, owner_id),
  -- No two leases that bind a unit (sent or in force) overlap, whoever writes them, however
  -- concurrently: the second of two racing sends waits for the first and then fails (23P01).
  CONSTRAINT leases_unit_dates_no_overlap EXCLUDE USING gist
    (unit_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
    WHERE (status IN ('PENDING_SIGNATURE', 'ACTIVE'))
);
CREATE INDEX leases_owner_id_idx ON leaseport.leases (owner_id, status, end_date);
CREATE INDEX leases_unit_id_owner_id_idx ON leaseport.leases (unit_id, owner_id);
CREATE INDEX leases_renewed_from_id_owner_id_idx ON leaseport.leases (renewed_from_id, owner_id)
  WHERE renewed_from_id IS NOT NULL;
-- end_expired_leases scans what is in force by end date.
CREATE INDEX leases_active_end_date_idx ON leaseport.leases (end_date) WHERE status = 'ACTIVE';
CREATE TRIGGER leases_touch BEFORE UPDATE ON leaseport.leases
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

CREATE TABLE leaseport.lease_tenants (
  lease_id uuid NOT NULL,
  tenant_id uuid NOT NULL,
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  role leaseport.lease_tenant_role NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (lease_id, tenant_id),
  CONSTRAINT lease_tenants_lease_fk FOREIGN KEY (lease_id, owner_id)
    REFERENCES leaseport.leases (id, owner_id) ON DELETE CASCADE,
  CONSTRAINT lease_tenants_tenant_fk FOREIGN KEY (tenant_id, owner_id)
    REFERENCES leaseport.tenants (id, owner_id)
);
-- At most one PRIMARY per lease here; "exactly one" is checked when the lease is sent.
CREATE UNIQUE INDEX lease_tenants_one_primary_key ON leaseport.lease_tenants (lease_id)
  WHERE role = 'PRIMARY';
CREATE INDEX lease_tenants_owner_id_idx ON leaseport.lease_tenants (owner_id);
CREATE INDEX lease_tenants_lease_id_owner_id_idx ON leaseport.lease_tenants (lease_id, owner_id);
CREATE INDEX lease_tenants_tenant_id_owner_id_idx ON leaseport.lease_tenants (tenant_id, owner_id);
CREATE TRIGGER lease_tenants_touch BEFORE UPDATE ON leaseport.lease_tenants
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- One row per signature, so a co-tenant may sign too; written only by sign_lease.
CREATE TABLE leaseport.lease_signatures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  lease_id uuid NOT NULL,
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  party leaseport.signature_party NOT NULL,
  tenant_id uuid,
  signed_by uuid NOT NULL REFERENCES leaseport.users (id),
  signed_at timestamptz NOT NULL DEFAULT now(),
  client_ip text CHECK (char_length(client_ip) <= 64),
  user_agent text CHECK (char_length(user_agent) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT lease_signatures_party_check CHECK ((party = 'OWNER') = (tenant_id IS NULL)),
  CONSTRAINT lease_signatures_signer_key UNIQUE (lease_id, signed_by),
  CONSTRAINT lease_signatures_tenant_key UNIQUE (lease_id, tenant_id),
  CONSTRAINT lease_signatures_lease_fk FOREIGN KEY (lease_id, owner_id)
    REFERENCES leaseport.leases (id, owner_id),
  CONSTRAINT lease_signatures_tenant_fk FOREIGN KEY (tenant_id, owner_id)
    REFERENCES leaseport.tenants (id, owner_id)
);
CREATE UNIQUE INDEX lease_signatures_one_owner_key ON leaseport.lease_signatures (lease_id)
  WHERE party = 'OWNER';
CREATE INDEX lease_signatures_owner_id_idx ON leaseport.lease_signatures (owner_id);
CREATE INDEX lease_signatures_lease_id_owner_id_idx
  ON leaseport.lease_signatures (lease_id, owner_id);
CREATE INDEX lease_signatures_tenant_id_owner_id_idx
  ON leaseport.lease_signatures (tenant_id, owner_id) WHERE tenant_id IS NOT NULL;
CREATE INDEX lease_signatures_signed_by_idx ON leaseport.lease_signatures (signed_by);
CREATE TRIGGER lease_signatures_touch BEFORE UPDATE ON leaseport.lease_signatures
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- Only a DRAFT's terms may change; once sent, what is signed is what was sent (SQLSTATE LPST1,
-- the same as any illegal transition: the message names the current state).
CREATE FUNCTION leaseport.keep_sent_lease_terms() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
BEGIN
  IF OLD.status <> 'DRAFT'
     AND (NEW.unit_id, NEW.start_date, NEW.end_date, NEW.rent_amount, NEW.currency,
          NEW.security_deposit, NEW.rent_due_day, NEW.grace_period_days, NEW.late_fee_amount,
          NEW.renewed_from_id, NEW.owner_id)
         IS DISTINCT FROM
         (OLD.unit_id, OLD.start_date, OLD.end_date, OLD.rent_amount, OLD.currency,
          OLD.security_deposit, OLD.rent_due_day, OLD.grace_period_days, OLD.late_fee_amount,
          OLD.renewed_from_id, OLD.owner_id) THEN
    RAISE EXCEPTION 'The lease is %; only a DRAFT lease can be changed', OLD.status
      USING ERRCODE = 'LPST1';
  END IF;
  RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.keep_sent_lease_terms() FROM PUBLIC;
CREATE TRIGGER leases_keep_sent_terms BEFORE UPDATE ON leaseport.leases
  FOR EACH ROW EXECUTE FUNCTION leaseport.keep_sent_lease_terms();

-- Who is party to a lease is part of its terms too.
CREATE FUNCTION leaseport.keep_sent_lease_parties() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
DECLARE
  current_status leaseport.lease_status;
BEGIN
  SELECT l.status INTO current_status FROM leaseport.leases l
    WHERE l.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.lease_id ELSE NEW.lease_id END;
  -- A lease that is gone (a cascade) or not visible is left to the foreign keys and policies.
  IF current_status IS NOT NULL AND current_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'The lease is %; only a DRAFT lease can change its tenants', current_status
      USING ERRCODE = 'LPST1';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.keep_sent_lease_parties() FROM PUBLIC;
CREATE TRIGGER lease_tenants_keep_sent_parties BEFORE INSERT OR UPDATE OR DELETE
  ON leaseport.lease_tenants
  FOR EACH ROW EXECUTE FUNCTION leaseport.keep_sent_lease_parties();
