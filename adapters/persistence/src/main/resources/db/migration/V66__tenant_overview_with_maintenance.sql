-- The tenant overview gains the renter's open maintenance requests (ADR 0019): the same one call,
-- one more section. Replaced whole, as every change of a function is; grants stay as V64 set them.
CREATE OR REPLACE FUNCTION leaseport.tenant_overview() RETURNS jsonb
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  AS $$
DECLARE
  caller uuid := (SELECT auth.uid());
BEGIN
  -- An owner's or an admin's call has no renter to describe (the API answers them 403 first).
  IF caller IS NULL
     OR (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'TENANT' THEN
    RAISE EXCEPTION 'Only a tenant has an overview' USING ERRCODE = '42501';
  END IF;
  RETURN jsonb_build_object(
    'profile',
    (SELECT jsonb_build_object('id', u.id, 'email', u.email, 'fullName', u.full_name,
                               'phone', u.phone)
     FROM leaseport.users u WHERE u.id = caller),
    'leases',
    coalesce((SELECT jsonb_agg(current_lease.summary
                               ORDER BY current_lease.in_force DESC, current_lease.start_date,
                                        current_lease.id)
              FROM (SELECT l.id, l.start_date, l.status = 'ACTIVE' AS in_force,
                           jsonb_build_object(
                             'id', l.id,
                             'status', l.status,
                             'startDate', l.start_date,
                             'endDate', l.end_date,
                             'rentAmount', jsonb_build_object('amount', l.rent_amount,
                                                              'currency', l.currency),
                             'securityDeposit', jsonb_build_object('amount', l.security_deposit,
                                                                   'currency', l.currency),
                             'rentDueDay', l.rent_due_day,
                             'yourRole', mine.role,
                             'unit', jsonb_build_object('id', un.id,
                                                        'unitNumber', un.unit_number,
                                                        'bedrooms', un.bedrooms,
                                                        'bathrooms', un.bathrooms),
                             'property', jsonb_build_object('id', p.id,
                                                            'name', p.name,
                                                            'addressLine1', p.address_line1,
                                                            'addressLine2', p.address_line2,
                                                            'city', p.city,
                                                            'region', p.region,
                                                            'postalCode', p.postal_code,
                                                            'country', p.country),
                             'signing', signing.state) AS summary
                    FROM leaseport.leases l
                    -- The caller's own place on the lease: a record of theirs is on it. A renter
                    -- holding two records on one lease is shown in the PRIMARY one.
                    JOIN LATERAL (SELECT lt.role
                                  FROM leaseport.lease_tenants lt
                                  JOIN leaseport.tenants t
                                    ON t.id = lt.tenant_id AND t.owner_id = lt.owner_id
                                  WHERE lt.lease_id = l.id AND t.user_id = caller
                                  ORDER BY lt.role
                                  LIMIT 1) mine ON true
                    JOIN leaseport.units un ON un.id = l.unit_id
                    JOIN leaseport.properties p ON p.id = un.property_id
                    CROSS JOIN LATERAL (
                      SELECT jsonb_build_object(
                               'ownerSigned', bool_or(s.party = 'OWNER') IS TRUE,
                               'primaryTenantSigned', bool_or(signer.role = 'PRIMARY') IS TRUE,
                               'youSigned', bool_or(s.signed_by = caller) IS TRUE,
                               -- The lease waits for the caller: it activates when the owner
                               -- and the PRIMARY tenant have signed; a co-tenant may sign too.
                               'youMustSign', l.status = 'PENDING_SIGNATURE'
                                              AND mine.role = 'PRIMARY'
                                              AND bool_or(s.signed_by = caller) IS NOT TRUE,
                               'signatures',
                               coalesce(jsonb_agg(jsonb_build_object('party', s.party,
                                                                     'tenantId', s.tenant_id,
                                                                     'signedAt', s.signed_at,
                                                                     'byYou', s.signed_by = caller)
                                                  ORDER BY s.signed_at, s.id)
                                          FILTER (WHERE s.id IS NOT NULL),
                                        '[]')) AS state
                      FROM (SELECT 1) one
                      LEFT JOIN leaseport.lease_signatures s ON s.lease_id = l.id
                      LEFT JOIN leaseport.lease_tenants signer
                        ON signer.lease_id = s.lease_id AND signer.tenant_id = s.tenant_id
                    ) signing
                    WHERE l.status IN ('ACTIVE', 'PENDING_SIGNATURE')) current_lease),
             '[]'::jsonb),
    'unreadNotifications',
    (SELECT count(*) FROM leaseport.notifications n
     WHERE n.user_id = caller AND n.read_at IS NULL),
    -- What the renter may read of maintenance (what they filed, and their current unit's) is the
    -- table's policy's to say; this adds only "still open", newest first.
    'openMaintenanceRequests',
    coalesce((SELECT jsonb_agg(jsonb_build_object('id', r.id,
                                                  'unitId', r.unit_id,
                                                  'title', r.title,
                                                  'category', r.category,
                                                  'priority', r.priority,
                                                  'status', r.status,
                                                  'scheduledFor', r.scheduled_for,
                                                  'filedByYou', r.requested_by = caller,
                                                  'createdAt', r.created_at)
                               ORDER BY r.created_at DESC, r.id)
              FROM leaseport.maintenance_requests r
              WHERE r.status IN ('OPEN', 'IN_PROGRESS', 'ON_HOLD')),
             '[]'::jsonb));
END
$$;
