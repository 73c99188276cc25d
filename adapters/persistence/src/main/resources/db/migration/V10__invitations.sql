-- Invitations: an owner invites the renter of one of their tenant records; the renter accepts with
-- the token and becomes linked to that record (ADR 0011). Only the SHA-256 of the token is stored.

CREATE TYPE leaseport.invitation_status AS ENUM ('PENDING', 'ACCEPTED', 'REVOKED');

CREATE TABLE leaseport.invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  tenant_id uuid NOT NULL,
  unit_id uuid,
  -- Copied from the tenant record when the invitation is made (trigger below), never sent.
  email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 320),
  token_hash bytea NOT NULL CHECK (octet_length(token_hash) = 32),
  expires_at timestamptz NOT NULL,
  status leaseport.invitation_status NOT NULL DEFAULT 'PENDING',
  accepted_by uuid REFERENCES leaseport.users (id),
  accepted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT invitations_token_hash_key UNIQUE (token_hash),
  -- The tenant and the unit are the same owner's, on insert and on update.
  CONSTRAINT invitations_tenant_fkey FOREIGN KEY (tenant_id, owner_id)
    REFERENCES leaseport.tenants (id, owner_id),
  CONSTRAINT invitations_unit_fkey FOREIGN KEY (unit_id, owner_id)
    REFERENCES leaseport.units (id, owner_id) ON DELETE SET NULL (unit_id),
  CONSTRAINT invitations_accepted_check CHECK (
    (status = 'ACCEPTED') = (accepted_by IS NOT NULL AND accepted_at IS NOT NULL))
);
CREATE INDEX invitations_owner_created_idx ON leaseport.invitations (owner_id, created_at DESC);
CREATE INDEX invitations_tenant_idx ON leaseport.invitations (tenant_id, owner_id);
CREATE INDEX invitations_unit_idx ON leaseport.invitations (unit_id, owner_id)
  WHERE unit_id IS NOT NULL;
CREATE INDEX invitations_accepted_by_idx ON leaseport.invitations (accepted_by)
  WHERE accepted_by IS NOT NULL;
CREATE TRIGGER invitations_touch BEFORE UPDATE ON leaseport.invitations
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- The invitation goes to the e-mail the owner keeps for the tenant, whatever the insert says.
-- Runs as the inserting owner, so row-level security shows it only their own tenant records.
CREATE FUNCTION leaseport.invitation_email_from_tenant() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
  AS $$
BEGIN
  NEW.email := (SELECT t.email FROM leaseport.tenants t
                WHERE t.id = NEW.tenant_id AND t.owner_id = NEW.owner_id);
  RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.invitation_email_from_tenant() FROM PUBLIC;
CREATE TRIGGER invitations_email_from_tenant BEFORE INSERT ON leaseport.invitations
  FOR EACH ROW EXECUTE FUNCTION leaseport.invitation_email_from_tenant();

ALTER TABLE leaseport.invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY invitations_owner_read ON leaseport.invitations FOR SELECT TO authenticated
  USING (owner_id = (SELECT auth.uid()));
-- An owner creates pending invitations only...
CREATE POLICY invitations_owner_create ON leaseport.invitations FOR INSERT TO authenticated
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER'
              AND status = 'PENDING');
-- ...and may only revoke a pending one; accepting is accept_invitation's alone.
CREATE POLICY invitations_owner_revoke ON leaseport.invitations FOR UPDATE TO authenticated
  USING (owner_id = (SELECT auth.uid()) AND status = 'PENDING')
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER'
              AND status = 'REVOKED');

-- No DELETE: an invitation is history. accepted_by and accepted_at are the function's to set.
GRANT SELECT ON leaseport.invitations TO authenticated;
GRANT INSERT (owner_id, tenant_id, unit_id, token_hash, expires_at)
  ON leaseport.invitations TO authenticated;
GRANT UPDATE (status) ON leaseport.invitations TO authenticated;

-- accept_invitation is SECURITY DEFINER: it runs as this migration's role, the tables' owner, which
-- forced row-level security filters too. These policies let that role, and no request's role, see
-- and change what acceptance touches; the function checks the caller itself. (SELECT ... FOR
-- UPDATE needs the UPDATE policy to show the row too, hence USING (true) there as well.)
CREATE POLICY invitations_acceptance_read ON leaseport.invitations FOR SELECT TO CURRENT_USER
  USING (true);
CREATE POLICY invitations_acceptance_mark ON leaseport.invitations FOR UPDATE TO CURRENT_USER
  USING (true) WITH CHECK (status = 'ACCEPTED');
CREATE POLICY tenants_acceptance_read ON leaseport.tenants FOR SELECT TO CURRENT_USER
  USING (true);
CREATE POLICY tenants_acceptance_link ON leaseport.tenants FOR UPDATE TO CURRENT_USER
  USING (true) WITH CHECK (user_id IS NOT NULL);
CREATE POLICY notifications_acceptance_write ON leaseport.notifications FOR INSERT
  TO CURRENT_USER WITH CHECK (type = 'INVITATION_ACCEPTED');

-- A renter accepts an invitation by the SHA-256 of its token. Identity comes only from the verified
-- claims: the caller must be a TENANT whose e-mail equals the invitation's (case-insensitive) and
-- is not unverified. Locks the invitation row, so of two renters racing for one token exactly one
-- wins; links the tenant record, marks the invitation accepted and notifies the owner, all or
-- nothing. Errors carry stable SQLSTATEs that the persistence adapter maps:
--   LPI04 unknown token; LPIU9 already accepted; LPIR9 revoked; LPIE9 expired;
--   LPIF3 not the invited renter; LPIL9 the record or the renter is already linked otherwise.
CREATE FUNCTION leaseport.accept_invitation(p_token_hash bytea)
  RETURNS TABLE (invitation_id uuid, tenant_id uuid, unit_id uuid, accepted_at timestamptz)
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
  AS $$
DECLARE
  caller uuid := auth.uid();
  claims jsonb := auth.jwt();
  invitation leaseport.invitations%ROWTYPE;
  tenant leaseport.tenants%ROWTYPE;
  accepted timestamptz := now();
BEGIN
  IF caller IS NULL OR claims -> 'app_metadata' ->> 'user_type' IS DISTINCT FROM 'TENANT' THEN
    RAISE EXCEPTION 'only a tenant may accept an invitation' USING ERRCODE = 'LPIF3';
  END IF;
  SELECT * INTO invitation FROM leaseport.invitations i
    WHERE i.token_hash = p_token_hash FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such invitation' USING ERRCODE = 'LPI04';
  END IF;
  IF invitation.status = 'ACCEPTED' THEN
    RAISE EXCEPTION 'the invitation has been used' USING ERRCODE = 'LPIU9';
  ELSIF invitation.status = 'REVOKED' THEN
    RAISE EXCEPTION 'the invitation has been revoked' USING ERRCODE = 'LPIR9';
  ELSIF invitation.expires_at <= accepted THEN
    RAISE EXCEPTION 'the invitation has expired' USING ERRCODE = 'LPIE9';
  END IF;
  IF lower(invitation.email) IS DISTINCT FROM lower(claims ->> 'email')
     OR (claims ->> 'email_verified') = 'false' THEN
    RAISE EXCEPTION 'the invitation is for another e-mail' USING ERRCODE = 'LPIF3';
  END IF;

  SELECT * INTO tenant FROM leaseport.tenants t WHERE t.id = invitation.tenant_id FOR UPDATE;
  IF tenant.user_id IS NOT NULL AND tenant.user_id <> caller THEN
    RAISE EXCEPTION 'the tenant record is linked to another user' USING ERRCODE = 'LPIL9';
  END IF;
  IF EXISTS (SELECT 1 FROM leaseport.tenants t
             WHERE t.owner_id = invitation.owner_id AND t.user_id = caller
               AND t.id <> invitation.tenant_id) THEN
    RAISE EXCEPTION 'the user already has a record of this owner' USING ERRCODE = 'LPIL9';
  END IF;

  IF tenant.user_id IS NULL THEN
    UPDATE leaseport.tenants t SET user_id = caller WHERE t.id = tenant.id;
  END IF;
  UPDATE leaseport.invitations i
    SET status = 'ACCEPTED', accepted_by = caller, accepted_at = accepted
    WHERE i.id = invitation.id;
  INSERT INTO leaseport.notifications (user_id, owner_id, type, title, link)
    VALUES (invitation.owner_id, invitation.owner_id, 'INVITATION_ACCEPTED',
            left(tenant.first_name || ' ' || tenant.last_name || ' accepted your invitation', 200),
            '/api/v1/tenants/' || tenant.id);

  RETURN QUERY SELECT invitation.id, tenant.id, invitation.unit_id, accepted;
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.accept_invitation(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.accept_invitation(bytea) TO authenticated;
