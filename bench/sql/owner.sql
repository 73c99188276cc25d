-- One owner's properties and units (the owner's user row exists: the harness made one request
-- as them first). psql variables: owner (uuid), properties, units_per, name (a word in every
-- property's name).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO leaseport.properties (owner_id, name, address_line1, city, postal_code,
                                  property_type, status, created_at)
  SELECT :'owner'::uuid, initcap(:'name') || ' ' || i, i || ' Harbour Road',
         (array['Springfield', 'Shelbyville', 'Ogdenville', 'North Haverbrook'])[1 + i % 4],
         lpad((i * 104729 % 99999)::text, 5, '0'),
         (array['APARTMENT', 'CONDO', 'TOWNHOUSE'])[1 + i % 3]::leaseport.property_type,
         CASE WHEN i % 10 = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END::leaseport.property_status,
         now() - i * interval '1 minute'
  FROM generate_series(1, :properties) i;
INSERT INTO leaseport.units (owner_id, property_id, unit_number, bedrooms, rent_amount, status)
  SELECT p.owner_id, p.id, 'U' || n, n % 5, 50000 + n * 2500,
         (array['VACANT', 'OCCUPIED', 'MAINTENANCE'])[1 + n % 3]::leaseport.unit_status
  FROM leaseport.properties p CROSS JOIN generate_series(1, :units_per) n
  WHERE p.owner_id = :'owner'::uuid;
COMMIT;
VACUUM ANALYZE leaseport.users, leaseport.properties, leaseport.units;
