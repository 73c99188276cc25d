-- The renter read policies of leases and their parties and signatures, rewritten as V51 rewrote
-- those of units and properties. Policies of one table are OR-ed: with `id IN (subquery)` beside
-- the owner policy, the planner cannot answer an owner's list from the owner's index in its order.
-- The renter's leases are now an array computed once per statement (an InitPlan), so the filter is
-- `owner_id = $1 OR id = ANY($2)`; with the owner's own `owner_id = (select auth.uid())` in a
-- list's SQL, that is an ordered index scan. Who may read what is unchanged.

-- The leases the calling renter is party to, as one array: leaseport.my_lease_id_array(), made
-- with the charges (V70) for the same reason.

DROP POLICY leases_party_read ON leaseport.leases;
CREATE POLICY leases_party_read ON leaseport.leases FOR SELECT TO authenticated
  USING (id = ANY ((SELECT leaseport.my_lease_id_array())::uuid[]));

DROP POLICY lease_tenants_party_read ON leaseport.lease_tenants;
CREATE POLICY lease_tenants_party_read ON leaseport.lease_tenants FOR SELECT TO authenticated
  USING (lease_id = ANY ((SELECT leaseport.my_lease_id_array())::uuid[]));

DROP POLICY lease_signatures_party_read ON leaseport.lease_signatures;
CREATE POLICY lease_signatures_party_read ON leaseport.lease_signatures FOR SELECT
  TO authenticated USING (lease_id = ANY ((SELECT leaseport.my_lease_id_array())::uuid[]));
