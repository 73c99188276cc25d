-- An owner's expenses: what a property, one of its units or a maintenance request cost them.
-- Ownership is the database's to keep, on insert and on update: the property, the unit and the
-- maintenance request are the expense's owner's (composite keys on (id, owner_id)), and the unit
-- is one of the property's (a composite key on (id, property_id, owner_id)).

CREATE TYPE leaseport.expense_category AS ENUM
  ('REPAIRS', 'MAINTENANCE', 'UTILITIES', 'INSURANCE', 'TAXES', 'MANAGEMENT',
   'MORTGAGE_INTEREST', 'OTHER');

-- Units never move between properties, so this key only names what is already true.
ALTER TABLE leaseport.units
  ADD CONSTRAINT units_id_property_owner_key UNIQUE (id, property_id, owner_id);

CREATE TABLE leaseport.expenses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  property_id uuid NOT NULL,
  unit_id uuid,
  maintenance_request_id uuid,
  category leaseport.expense_category NOT NULL,
  amount bigint NOT NULL CHECK (amount BETWEEN 1 AND 10000000000),
  currency char(3) NOT NULL DEFAULT 'usd' CHECK (currency ~ '^[a-z]{3}$'),
  incurred_on date NOT NULL CHECK (incurred_on BETWEEN DATE '1900-01-01' AND DATE '2999-12-31'),
  vendor text CHECK (char_length(btrim(vendor)) BETWEEN 1 AND 200),
  description text CHECK (char_length(description) <= 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  -- No cascades: an expense is a record for the books, so a property or unit that has expenses
  -- is archived rather than deleted (409), and a maintenance request is never deleted.
  CONSTRAINT expenses_property_fk FOREIGN KEY (property_id, owner_id)
    REFERENCES leaseport.properties (id, owner_id),
  -- MATCH SIMPLE: without a unit the key is not checked; with one, it is a unit of the property.
  CONSTRAINT expenses_unit_fk FOREIGN KEY (unit_id, property_id, owner_id)
    REFERENCES leaseport.units (id, property_id, owner_id),
  CONSTRAINT expenses_maintenance_request_fk FOREIGN KEY (maintenance_request_id, owner_id)
    REFERENCES leaseport.maintenance_requests (id, owner_id)
);
-- The owner's list, newest first, and every foreign key.
CREATE INDEX expenses_owner_incurred_on_idx ON leaseport.expenses (owner_id, incurred_on DESC, id);
CREATE INDEX expenses_property_id_owner_id_idx ON leaseport.expenses (property_id, owner_id);
CREATE INDEX expenses_unit_id_property_id_owner_id_idx
  ON leaseport.expenses (unit_id, property_id, owner_id) WHERE unit_id IS NOT NULL;
CREATE INDEX expenses_maintenance_request_id_owner_id_idx
  ON leaseport.expenses (maintenance_request_id, owner_id) WHERE maintenance_request_id IS NOT NULL;
CREATE TRIGGER expenses_touch BEFORE UPDATE ON leaseport.expenses
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- The owner alone: a renter sees no expense, not even of the unit they rent.
ALTER TABLE leaseport.expenses ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.expenses FORCE ROW LEVEL SECURITY;
CREATE POLICY expenses_owner ON leaseport.expenses FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid()))
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');

GRANT SELECT, DELETE ON leaseport.expenses TO authenticated;
GRANT INSERT (owner_id, property_id, unit_id, maintenance_request_id, category, amount, currency,
              incurred_on, vendor, description)
  ON leaseport.expenses TO authenticated;
GRANT UPDATE (property_id, unit_id, maintenance_request_id, category, amount, currency,
              incurred_on, vendor, description)
  ON leaseport.expenses TO authenticated;
