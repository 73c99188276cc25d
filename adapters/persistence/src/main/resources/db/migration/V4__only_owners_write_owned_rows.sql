-- A row names its owner, and only an OWNER may write one: the owner id alone is not enough, since
-- a TENANT's id is a user id too and would otherwise let a tenant create properties and units of
-- their own. The user type comes from the verified claims, as the id does.

DROP POLICY properties_owner ON leaseport.properties;
CREATE POLICY properties_owner ON leaseport.properties FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid()))
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');

DROP POLICY units_owner ON leaseport.units;
CREATE POLICY units_owner ON leaseport.units FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid()))
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');
