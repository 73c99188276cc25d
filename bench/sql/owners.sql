-- Many owners with properties and units, loaded in three set-based statements. psql variables:
-- owners, per_owner (properties each), units_per (units per property), tag (marks this batch).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO leaseport.users (id, email, user_type)
  SELECT gen_random_uuid(), 'owner' || i || '@' || :'tag' || '.bench', 'OWNER'
  FROM generate_series(1, :owners) i;
CREATE TEMP TABLE batch ON COMMIT DROP AS
  SELECT id FROM leaseport.users WHERE email LIKE '%@' || :'tag' || '.bench';
INSERT INTO leaseport.properties (owner_id, name, address_line1, city, postal_code,
                                  property_type, status, created_at)
  SELECT b.id, 'Property ' || i || ' ' || substr(md5(b.id::text || i), 1, 8),
         i || ' Main Street',
         (array['Springfield', 'Shelbyville', 'Ogdenville', 'Capital City'])[1 + i % 4],
         lpad((abs(hashtext(b.id::text || i)) % 99999)::text, 5, '0'),
         (array['APARTMENT', 'CONDO', 'TOWNHOUSE', 'SINGLE_FAMILY'])[1 + i % 4]::leaseport.property_type,
         CASE WHEN i % 10 = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END::leaseport.property_status,
         now() - i * interval '1 minute'
  FROM batch b CROSS JOIN generate_series(1, :per_owner) i;
INSERT INTO leaseport.units (owner_id, property_id, unit_number, bedrooms, rent_amount, status)
  SELECT p.owner_id, p.id, 'U' || n, n % 5, 50000 + n * 2500,
         (array['VACANT', 'OCCUPIED', 'MAINTENANCE'])[1 + n % 3]::leaseport.unit_status
  FROM batch b JOIN leaseport.properties p ON p.owner_id = b.id
  CROSS JOIN generate_series(1, :units_per) n;
COMMIT;
VACUUM ANALYZE leaseport.users, leaseport.properties, leaseport.units;
