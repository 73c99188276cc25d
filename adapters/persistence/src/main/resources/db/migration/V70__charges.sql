-- Charges: what a lease's tenants owe, the one billing model (ADR 0020). A lease produces charges
-- (RENT by the generation job, LATE_FEE by the late-fee job, OTHER by its owner); payments pay
-- charges and keep amount_paid, amount_refunded and amount_pending current. Money is bigint minor
-- units in the lease's currency, which the composite foreign key enforces.
--
-- Requests never write this table: the owner's actions and the jobs are database functions (V71+).

CREATE TYPE leaseport.charge_kind AS ENUM ('RENT', 'LATE_FEE', 'OTHER');
CREATE TYPE leaseport.charge_status AS ENUM ('OPEN', 'PAID', 'VOID');

-- The target of the charge's (lease, owner, currency) key: a charge names its lease's owner and
-- currency, on insert and on update. A lease's currency is frozen once it leaves DRAFT (V20), and a
-- lease has charges only after that.
ALTER TABLE leaseport.leases
  ADD CONSTRAINT leases_id_owner_currency_key UNIQUE (id, owner_id, currency);

CREATE TABLE leaseport.charges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  lease_id uuid NOT NULL,
  currency char(3) NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
  kind leaseport.charge_kind NOT NULL,
  -- The days a RENT charge pays for, both included.
  period_start date,
  period_end date,
  -- The RENT charge a LATE_FEE is for.
  parent_charge_id uuid,
  description text NOT NULL CHECK (char_length(btrim(description)) BETWEEN 1 AND 500),
  amount bigint NOT NULL CHECK (amount BETWEEN 1 AND 10000000000),
  due_date date NOT NULL,
  -- Settled by payments, returned by refunds, and initiated but not settled (a bank debit in
  -- flight): the balance is amount - amount_paid + amount_refunded.
  amount_paid bigint NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
  amount_refunded bigint NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0),
  amount_pending bigint NOT NULL DEFAULT 0 CHECK (amount_pending >= 0),
  status leaseport.charge_status NOT NULL DEFAULT 'OPEN',
  voided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT charges_id_lease_key UNIQUE (id, lease_id),
  -- One RENT charge per lease and period, one LATE_FEE per RENT charge: the keys that make the
  -- jobs idempotent on any number of servers (period_start and parent_charge_id are null for the
  -- other kinds, and nulls never collide).
  CONSTRAINT charges_lease_period_key UNIQUE (lease_id, period_start),
  CONSTRAINT charges_parent_charge_key UNIQUE (parent_charge_id),
  CONSTRAINT charges_kind_shape_check CHECK (
    CASE kind
      WHEN 'RENT' THEN period_start IS NOT NULL AND period_end IS NOT NULL
                       AND parent_charge_id IS NULL
      WHEN 'LATE_FEE' THEN parent_charge_id IS NOT NULL AND period_start IS NULL
                           AND period_end IS NULL
      ELSE parent_charge_id IS NULL AND period_start IS NULL AND period_end IS NULL
    END),
  CONSTRAINT charges_period_check CHECK (period_end >= period_start),
  CONSTRAINT charges_refunded_within_paid_check CHECK (amount_refunded <= amount_paid),
  CONSTRAINT charges_paid_within_amount_check CHECK (amount_paid - amount_refunded <= amount),
  CONSTRAINT charges_pending_within_balance_check
    CHECK (amount_pending <= amount - amount_paid + amount_refunded),
  -- PAID exactly when nothing is left to pay; a VOID charge had no payment at all.
  CONSTRAINT charges_status_balance_check
    CHECK (status = 'VOID' OR (status = 'PAID') = (amount - amount_paid + amount_refunded = 0)),
  CONSTRAINT charges_void_check CHECK ((status = 'VOID') = (voided_at IS NOT NULL)),
  CONSTRAINT charges_void_unpaid_check
    CHECK (status <> 'VOID' OR (amount_paid = 0 AND amount_pending = 0)),
  -- The lease's owner and currency, whoever writes.
  CONSTRAINT charges_lease_fk FOREIGN KEY (lease_id, owner_id, currency)
    REFERENCES leaseport.leases (id, owner_id, currency),
  -- A late fee is for a charge of the same lease.
  CONSTRAINT charges_parent_charge_fk FOREIGN KEY (parent_charge_id, lease_id)
    REFERENCES leaseport.charges (id, lease_id)
);
-- The owner's list, by due date.
CREATE INDEX charges_owner_id_due_date_idx ON leaseport.charges (owner_id, due_date, id);
CREATE INDEX charges_lease_id_owner_id_currency_idx
  ON leaseport.charges (lease_id, owner_id, currency);
CREATE INDEX charges_parent_charge_id_lease_id_idx ON leaseport.charges (parent_charge_id, lease_id)
  WHERE parent_charge_id IS NOT NULL;
-- A renter's list (by lease) and the late-fee job (OPEN rent by due date).
CREATE INDEX charges_lease_id_due_date_idx ON leaseport.charges (lease_id, due_date);
CREATE INDEX charges_open_rent_due_date_idx ON leaseport.charges (due_date)
  WHERE status = 'OPEN' AND kind = 'RENT';
CREATE TRIGGER charges_touch BEFORE UPDATE ON leaseport.charges
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- The leases the calling renter is party to, as an array computed once per statement, so that the
-- owner policy keeps its index (the pattern of V51). Empty at once for an owner.
CREATE FUNCTION leaseport.my_lease_id_array() RETURNS uuid[]
  LANGUAGE sql STABLE
  SET search_path = ''
  AS $$
    SELECT coalesce(array_agg(ids.id), '{}')
    FROM leaseport.my_lease_ids() AS ids (id)
    WHERE (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'TENANT'
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.my_lease_id_array() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.my_lease_id_array() TO authenticated;

ALTER TABLE leaseport.charges ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.charges FORCE ROW LEVEL SECURITY;
-- Read only, for both: the owner reads their charges, a renter linked to the lease (primary or
-- co-tenant) reads the lease's. No write policy for authenticated, and no write grant either.
CREATE POLICY charges_owner_read ON leaseport.charges FOR SELECT TO authenticated
  USING (owner_id = (SELECT auth.uid()));
CREATE POLICY charges_party_read ON leaseport.charges FOR SELECT TO authenticated
  USING (lease_id = ANY ((SELECT leaseport.my_lease_id_array())::uuid[]));
-- The owner's charge functions and terminate_lease run as leaseport_owner (SECURITY DEFINER, each
-- checking its caller first); forced RLS filters that role too (see V21).
CREATE POLICY charges_definer_functions ON leaseport.charges FOR ALL TO leaseport_owner
  USING (true) WITH CHECK (true);

GRANT SELECT ON leaseport.charges TO authenticated;
-- The jobs (system tier) create charges and notify the lease's renters; payments (system tier,
-- webhooks) will keep the amounts and status current with column grants of their own.
GRANT SELECT, INSERT ON leaseport.charges TO service_role;
