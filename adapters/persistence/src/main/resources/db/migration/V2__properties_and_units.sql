-- Properties and units. Every row carries owner_id so the owner policy is one indexed equality,
-- and composite foreign keys on (id, owner_id) make references across owners impossible.

CREATE TYPE leaseport.property_type AS ENUM
  ('SINGLE_FAMILY', 'MULTI_FAMILY', 'APARTMENT', 'CONDO', 'TOWNHOUSE', 'COMMERCIAL', 'OTHER');
CREATE TYPE leaseport.property_status AS ENUM ('ACTIVE', 'ARCHIVED');
CREATE TYPE leaseport.unit_status AS ENUM ('VACANT', 'OCCUPIED', 'MAINTENANCE');

CREATE TABLE leaseport.properties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
  address_line1 text NOT NULL CHECK (char_length(btrim(address_line1)) BETWEEN 1 AND 200),
  address_line2 text CHECK (char_length(address_line2) <= 200),
  city text NOT NULL CHECK (char_length(btrim(city)) BETWEEN 1 AND 100),
  region text CHECK (char_length(region) <= 100),
  postal_code text CHECK (char_length(postal_code) <= 20),
  country char(2) NOT NULL DEFAULT 'US' CHECK (country ~ '^[A-Z]{2}$'),
  property_type leaseport.property_type NOT NULL,
  status leaseport.property_status NOT NULL DEFAULT 'ACTIVE',
  description text CHECK (char_length(description) <= 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT properties_id_owner_key UNIQUE (id, owner_id)
);
CREATE INDEX properties_owner_id_idx ON leaseport.properties (owner_id);
CREATE INDEX properties_owner_name_idx ON leaseport.properties (owner_id, name);
CREATE TRIGGER properties_touch BEFORE UPDATE ON leaseport.properties
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

CREATE TABLE leaseport.units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL,
  property_id uuid NOT NULL,
  unit_number text NOT NULL CHECK (char_length(btrim(unit_number)) BETWEEN 1 AND 50),
  bedrooms smallint CHECK (bedrooms BETWEEN 0 AND 100),
  bathrooms numeric(4, 1) CHECK (bathrooms BETWEEN 0 AND 100 AND bathrooms * 2 = trunc(bathrooms * 2)),
  square_feet integer CHECK (square_feet BETWEEN 1 AND 10000000),
  rent_amount bigint NOT NULL CHECK (rent_amount BETWEEN 0 AND 10000000000),
  currency char(3) NOT NULL DEFAULT 'usd' CHECK (currency ~ '^[a-z]{3}$'),
  status leaseport.unit_status NOT NULL DEFAULT 'VACANT',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT units_id_owner_key UNIQUE (id, owner_id),
  CONSTRAINT units_property_unit_number_key UNIQUE (property_id, unit_number),
  -- A unit belongs to a property of the same owner, on insert and on update.
  CONSTRAINT units_property_fk FOREIGN KEY (property_id, owner_id)
    REFERENCES leaseport.properties (id, owner_id) ON DELETE CASCADE
);
CREATE INDEX units_owner_id_idx ON leaseport.units (owner_id);
CREATE INDEX units_property_id_owner_id_idx ON leaseport.units (property_id, owner_id);
CREATE TRIGGER units_touch BEFORE UPDATE ON leaseport.units
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

ALTER TABLE leaseport.properties ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.properties FORCE ROW LEVEL SECURITY;
CREATE POLICY properties_owner ON leaseport.properties FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid())) WITH CHECK (owner_id = (SELECT auth.uid()));

ALTER TABLE leaseport.units ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.units FORCE ROW LEVEL SECURITY;
CREATE POLICY units_owner ON leaseport.units FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid())) WITH CHECK (owner_id = (SELECT auth.uid()));

-- Identity, ownership and bookkeeping columns are not updatable by requests.
GRANT SELECT, INSERT, DELETE ON leaseport.properties TO authenticated;
GRANT UPDATE (name, address_line1, address_line2, city, region, postal_code, country,
              property_type, status, description)
  ON leaseport.properties TO authenticated;
GRANT SELECT, INSERT, DELETE ON leaseport.units TO authenticated;
GRANT UPDATE (unit_number, bedrooms, bathrooms, square_feet, rent_amount, currency, status)
  ON leaseport.units TO authenticated;
