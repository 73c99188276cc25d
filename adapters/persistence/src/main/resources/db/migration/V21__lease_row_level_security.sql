-- Who sees and writes leases, and what a renter now sees of units and properties (ADR 0002, 0012).
--
-- The SECURITY DEFINER functions of the lease flow (V21, V22) run as leaseport_owner. RLS is
-- forced, so the owning role is filtered too and, with no policy of its own, would see nothing:
-- these policies let the definer functions work on the rows their own checks allowed. The role
-- owns the tables (it could switch RLS off), so they grant it nothing it did not hold; requests
-- never run as it.
CREATE POLICY leases_definer_functions ON leaseport.leases FOR ALL TO leaseport_owner
  USING (true) WITH CHECK (true);
CREATE POLICY lease_tenants_definer_functions ON leaseport.lease_tenants FOR ALL
  TO leaseport_owner USING (true) WITH CHECK (true);
CREATE POLICY lease_signatures_definer_functions ON leaseport.lease_signatures FOR ALL
  TO leaseport_owner USING (true) WITH CHECK (true);
CREATE POLICY units_lease_definer_functions ON leaseport.units FOR ALL TO leaseport_owner
  USING (true) WITH CHECK (true);
CREATE POLICY tenants_lease_definer_functions ON leaseport.tenants FOR SELECT
  TO leaseport_owner USING (true);
CREATE POLICY notifications_lease_definer_functions ON leaseport.notifications FOR INSERT
  TO leaseport_owner WITH CHECK (true);

-- The leases the caller is party to as a renter: a tenant record of theirs is on the lease, and the
-- owner has sent it (a DRAFT is the owner's work in progress). A definer function so that the
-- policies of leases and lease_tenants need not read each other (that would recurse).
CREATE FUNCTION leaseport.my_lease_ids() RETURNS SETOF uuid
  LANGUAGE sql STABLE
  SECURITY DEFINER
  SET search_path = ''
  AS $$
    SELECT lt.lease_id
    FROM leaseport.lease_tenants lt
    JOIN leaseport.tenants t ON t.id = lt.tenant_id AND t.owner_id = lt.owner_id
    JOIN leaseport.leases l ON l.id = lt.lease_id
    WHERE t.user_id = (SELECT auth.uid()) AND l.status <> 'DRAFT'
  $$;
REVOKE EXECUTE ON FUNCTION leaseport.my_lease_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.my_lease_ids() TO authenticated;

ALTER TABLE leaseport.leases ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.leases FORCE ROW LEVEL SECURITY;
CREATE POLICY leases_owner ON leaseport.leases FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid()))
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');
CREATE POLICY leases_party_read ON leaseport.leases FOR SELECT TO authenticated
  USING (id IN (SELECT leaseport.my_lease_ids()));

ALTER TABLE leaseport.lease_tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.lease_tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY lease_tenants_owner ON leaseport.lease_tenants FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid()))
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');
-- A renter sees who is party to their leases (co-tenants' names stay behind the tenants policy).
CREATE POLICY lease_tenants_party_read ON leaseport.lease_tenants FOR SELECT TO authenticated
  USING (lease_id IN (SELECT leaseport.my_lease_ids()));

ALTER TABLE leaseport.lease_signatures ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.lease_signatures FORCE ROW LEVEL SECURITY;
CREATE POLICY lease_signatures_owner_read ON leaseport.lease_signatures FOR SELECT
  TO authenticated USING (owner_id = (SELECT auth.uid()));
CREATE POLICY lease_signatures_party_read ON leaseport.lease_signatures FOR SELECT
  TO authenticated USING (lease_id IN (SELECT leaseport.my_lease_ids()));

-- A renter reads the unit of each lease they are party to and that unit's property (read only:
-- the owner policies, which alone allow writes, still demand owner_id = the caller). The whole
-- property row is visible; the API shows a renter only its name in the lease. The user-type test
-- comes first so that an owner's queries of units and properties skip the subquery.
CREATE POLICY units_leased_read ON leaseport.units FOR SELECT TO authenticated
  USING ((SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'TENANT'
         AND id IN (SELECT l.unit_id FROM leaseport.leases l
                    WHERE l.id IN (SELECT leaseport.my_lease_ids())));
CREATE POLICY properties_leased_read ON leaseport.properties FOR SELECT TO authenticated
  USING ((SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'TENANT'
         AND id IN (SELECT u.property_id FROM leaseport.units u
                    JOIN leaseport.leases l ON l.unit_id = u.id
                    WHERE l.id IN (SELECT leaseport.my_lease_ids())));

-- Requests create and edit DRAFT terms; status, signatures and termination change only through
-- the functions of V22 (no UPDATE of status here), so no request can make a lease ACTIVE.
GRANT SELECT ON leaseport.leases TO authenticated;
GRANT INSERT (owner_id, unit_id, start_date, end_date, rent_amount, currency, security_deposit,
              rent_due_day, grace_period_days, late_fee_amount, renewed_from_id)
  ON leaseport.leases TO authenticated;
GRANT UPDATE (start_date, end_date, rent_amount, currency, security_deposit, rent_due_day,
              grace_period_days, late_fee_amount)
  ON leaseport.leases TO authenticated;
-- A tenant's role changes by removing and adding the row, while the lease is a DRAFT.
GRANT SELECT, INSERT, DELETE ON leaseport.lease_tenants TO authenticated;
GRANT SELECT ON leaseport.lease_signatures TO authenticated;
-- end_expired_leases (the job runner, through the system tier) ends leases and frees units.
GRANT SELECT, UPDATE (status) ON leaseport.leases TO service_role;
GRANT SELECT, UPDATE (status) ON leaseport.units TO service_role;
