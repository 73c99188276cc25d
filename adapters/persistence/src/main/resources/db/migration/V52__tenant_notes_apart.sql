-- An owner's private notes about a renter move out of tenants into a table of their own. A linked
-- renter may read their tenant record (tenants_self_read), and row-level security filters rows,
-- never columns: a notes column there is readable by the very renter it describes. Here only the
-- owner has a policy; a renter sees no row, whatever view or function later reads tenants.

CREATE TABLE leaseport.tenant_notes (
  tenant_id uuid PRIMARY KEY,
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  notes text NOT NULL CHECK (char_length(notes) <= 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  -- The note is about a record of the same owner.
  CONSTRAINT tenant_notes_tenant_fkey FOREIGN KEY (tenant_id, owner_id)
    REFERENCES leaseport.tenants (id, owner_id) ON DELETE CASCADE
);
CREATE INDEX tenant_notes_owner_id_idx ON leaseport.tenant_notes (owner_id);
CREATE INDEX tenant_notes_tenant_id_owner_id_idx ON leaseport.tenant_notes (tenant_id, owner_id);
CREATE TRIGGER tenant_notes_touch BEFORE UPDATE ON leaseport.tenant_notes
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

-- Runs as the migrating role, which owns both tables; RLS is not yet forced on the new one.
INSERT INTO leaseport.tenant_notes (tenant_id, owner_id, notes, created_at, updated_at)
  SELECT t.id, t.owner_id, t.notes, t.created_at, t.updated_at
  FROM leaseport.tenants t
  WHERE t.notes IS NOT NULL;

ALTER TABLE leaseport.tenants DROP COLUMN notes;

ALTER TABLE leaseport.tenant_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.tenant_notes FORCE ROW LEVEL SECURITY;
-- The owner alone, as for every owned row (V4); no policy at all for a renter.
CREATE POLICY tenant_notes_owner ON leaseport.tenant_notes FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid()))
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');

-- Clearing a note deletes its row.
GRANT SELECT, DELETE ON leaseport.tenant_notes TO authenticated;
GRANT INSERT (tenant_id, owner_id, notes) ON leaseport.tenant_notes TO authenticated;
GRANT UPDATE (notes) ON leaseport.tenant_notes TO authenticated;
