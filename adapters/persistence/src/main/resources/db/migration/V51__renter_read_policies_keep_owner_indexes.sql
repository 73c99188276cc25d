-- The renter read policies of units and properties, rewritten so that an owner's lists keep their
-- indexes. Policies of one table are OR-ed: with `id IN (subquery)` beside the owner policy, the
-- planner could not use the owner_id index and read the whole table for every owner's list. Each
-- renter set is now an array computed once per statement (an InitPlan), so the filter is
-- `owner_id = $1 OR id = ANY($2)`, which PostgreSQL answers with two index scans. For an owner
-- the arrays are empty at once: the user-type test comes first.

-- The units of the leases the calling renter is party to (a sent lease; see my_lease_ids).
CREATE FUNCTION leaseport.my_leased_unit_ids() RETURNS uuid[]
  LANGUAGE sql STABLE
  SECURITY DEFINER
  SET search_path = ''
  AS $$
    SELECT coalesce(array_agg(DISTINCT l.unit_id), '{}')
    FROM leaseport.leases l
    WHERE (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'TENANT'
      AND l.id IN (SELECT leaseport.my_lease_ids())
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.my_leased_unit_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.my_leased_unit_ids() TO authenticated;

-- The properties of those units.
CREATE FUNCTION leaseport.my_leased_property_ids() RETURNS uuid[]
  LANGUAGE sql STABLE
  SECURITY DEFINER
  SET search_path = ''
  AS $$
    SELECT coalesce(array_agg(DISTINCT u.property_id), '{}')
    FROM leaseport.units u
    WHERE u.id = ANY (leaseport.my_leased_unit_ids())
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.my_leased_property_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.my_leased_property_ids() TO authenticated;

DROP POLICY units_leased_read ON leaseport.units;
CREATE POLICY units_leased_read ON leaseport.units FOR SELECT TO authenticated
  USING (id = ANY ((SELECT leaseport.my_leased_unit_ids())::uuid[]));

DROP POLICY properties_leased_read ON leaseport.properties;
CREATE POLICY properties_leased_read ON leaseport.properties FOR SELECT TO authenticated
  USING (id = ANY ((SELECT leaseport.my_leased_property_ids())::uuid[]));
