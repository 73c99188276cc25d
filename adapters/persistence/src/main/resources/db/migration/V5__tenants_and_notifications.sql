-- Tenants (an owner's record of a renter) and notifications (what a user is told).
-- A tenant row links to a renter's user only through an accepted invitation: user_id is not
-- writable by requests; the acceptance function sets it. One renter may be the tenant of several
-- owners: one row per owner, the same user.

CREATE TYPE leaseport.tenant_status AS ENUM ('ACTIVE', 'ARCHIVED');

CREATE TABLE leaseport.tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  first_name text NOT NULL CHECK (char_length(btrim(first_name)) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (char_length(btrim(last_name)) BETWEEN 1 AND 100),
  email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 320 AND email LIKE '%_@_%'),
  phone text CHECK (char_length(phone) BETWEEN 3 AND 32),
  emergency_contact_name text CHECK (char_length(emergency_contact_name) BETWEEN 1 AND 200),
  emergency_contact_phone text CHECK (char_length(emergency_contact_phone) BETWEEN 3 AND 32),
  notes text CHECK (char_length(notes) <= 5000),
  user_id uuid REFERENCES leaseport.users (id),
  status leaseport.tenant_status NOT NULL DEFAULT 'ACTIVE',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1,
  CONSTRAINT tenants_id_owner_key UNIQUE (id, owner_id),
  -- One record per renter per owner.
  CONSTRAINT tenants_owner_user_key UNIQUE (owner_id, user_id)
);
-- E-mail is unique per owner whatever its case.
CREATE UNIQUE INDEX tenants_owner_email_key ON leaseport.tenants (owner_id, lower(email));
CREATE INDEX tenants_owner_id_idx ON leaseport.tenants (owner_id);
CREATE INDEX tenants_owner_last_name_idx ON leaseport.tenants (owner_id, last_name, first_name);
CREATE INDEX tenants_user_id_idx ON leaseport.tenants (user_id) WHERE user_id IS NOT NULL;
CREATE TRIGGER tenants_touch BEFORE UPDATE ON leaseport.tenants
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

ALTER TABLE leaseport.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenants_owner ON leaseport.tenants FOR ALL TO authenticated
  USING (owner_id = (SELECT auth.uid()))
  WITH CHECK (owner_id = (SELECT auth.uid())
              AND (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') = 'OWNER');
-- A renter sees the records that owners keep of them, and nothing else of those owners here.
CREATE POLICY tenants_self_read ON leaseport.tenants FOR SELECT TO authenticated
  USING (user_id = (SELECT auth.uid()));

-- No DELETE: a tenant with history is archived. user_id is absent from both column lists.
GRANT SELECT ON leaseport.tenants TO authenticated;
GRANT INSERT (owner_id, first_name, last_name, email, phone, emergency_contact_name,
              emergency_contact_phone, notes, status)
  ON leaseport.tenants TO authenticated;
GRANT UPDATE (first_name, last_name, email, phone, emergency_contact_name,
              emergency_contact_phone, notes, status)
  ON leaseport.tenants TO authenticated;

CREATE TYPE leaseport.notification_type AS ENUM
  ('LEASE_SENT_FOR_SIGNATURE', 'LEASE_SIGNED', 'LEASE_ACTIVATED', 'LEASE_TERMINATED',
   'MAINTENANCE_CREATED', 'MAINTENANCE_STATUS_CHANGED', 'CHARGE_CREATED', 'PAYMENT_SUCCEEDED',
   'PAYMENT_FAILED', 'INVITATION_ACCEPTED');

-- Written only by the database functions and triggers of the events they report, in the same
-- transaction, so requests get no INSERT right: nobody can notify another user at will.
-- owner_id names the owner whose data the event concerns (the key data is distributed by).
CREATE TABLE leaseport.notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES leaseport.users (id),
  owner_id uuid NOT NULL REFERENCES leaseport.users (id),
  type leaseport.notification_type NOT NULL,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  body text CHECK (char_length(body) <= 2000),
  link text CHECK (char_length(link) <= 500 AND link LIKE '/api/v1/%'),
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 1
);
CREATE INDEX notifications_user_created_idx ON leaseport.notifications (user_id, created_at DESC);
CREATE INDEX notifications_user_unread_idx ON leaseport.notifications (user_id, created_at DESC)
  WHERE read_at IS NULL;
CREATE INDEX notifications_owner_id_idx ON leaseport.notifications (owner_id);
CREATE TRIGGER notifications_touch BEFORE UPDATE ON leaseport.notifications
  FOR EACH ROW EXECUTE FUNCTION leaseport.touch_row();

ALTER TABLE leaseport.notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE leaseport.notifications FORCE ROW LEVEL SECURITY;
CREATE POLICY notifications_recipient_read ON leaseport.notifications FOR SELECT TO authenticated
  USING (user_id = (SELECT auth.uid()));
CREATE POLICY notifications_recipient_mark ON leaseport.notifications FOR UPDATE TO authenticated
  USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));

GRANT SELECT ON leaseport.notifications TO authenticated;
GRANT UPDATE (read_at) ON leaseport.notifications TO authenticated;
