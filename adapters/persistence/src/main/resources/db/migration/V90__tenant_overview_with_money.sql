-- The tenant overview gains the renter's money (ADR 0019): the OPEN charges of their leases, oldest
-- due first, with a count and balance per currency, and their ten most recent payments (made by
-- them or on their leases), newest first. The same one call under the caller's own row-level
-- security; replaced whole, and the grants stay as V64 set them.
CREATE OR REPLACE FUNCTION leaseport.tenant_overview() RETURNS jsonb
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  AS $$
DECLARE
  caller uuid := (SELECT auth.uid());
  -- The leases the caller is party to (not drafts; ended ones still owe), computed once.
  my_leases uuid[];
BEGIN
  -- An owner's or an admin's call has no renter to describe (the API answers them 403 first).
  IF caller IS NULL
     OR (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'TENANT' THEN
    RAISE EXCEPTION 'Only a tenant has an overview' USING ERRCODE = '42501';
  END IF;
  my_leases := leaseport.my_lease_id_array();
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
             '[]'::jsonb),
    -- What is still owed on the caller's leases, oldest due first; the balance is the amount less
    -- what was paid plus what was refunded, as everywhere in the API.
    'openCharges',
    coalesce((SELECT jsonb_agg(jsonb_build_object(
                                 'id', c.id,
                                 'leaseId', c.lease_id,
                                 'kind', c.kind,
                                 'description', c.description,
                                 'dueDate', c.due_date,
                                 'amount', jsonb_build_object('amount', c.amount,
                                                              'currency', c.currency),
                                 'paid', jsonb_build_object('amount', c.amount_paid,
                                                            'currency', c.currency),
                                 'pending', jsonb_build_object('amount', c.amount_pending,
                                                               'currency', c.currency),
                                 'refunded', jsonb_build_object('amount', c.amount_refunded,
                                                                'currency', c.currency),
                                 'balance', jsonb_build_object(
                                              'amount', c.amount - c.amount_paid
                                                        + c.amount_refunded,
                                              'currency', c.currency))
                               ORDER BY c.due_date, c.id)
              FROM leaseport.charges c
              WHERE c.lease_id = ANY (my_leases) AND c.status = 'OPEN'),
             '[]'::jsonb),
    -- The same charges summed per currency, so a client need not add money of two currencies.
    'openChargeTotals',
    coalesce((SELECT jsonb_agg(jsonb_build_object(
                                 'count', t.open_count,
                                 'balance', jsonb_build_object('amount', t.balance,
                                                               'currency', t.currency))
                               ORDER BY t.currency)
              FROM (SELECT c.currency, count(*) AS open_count,
                           sum(c.amount - c.amount_paid + c.amount_refunded) AS balance
                    FROM leaseport.charges c
                    WHERE c.lease_id = ANY (my_leases) AND c.status = 'OPEN'
                    GROUP BY c.currency) t),
             '[]'::jsonb),
    -- The caller's payments and their co-tenants' on the same leases, the ten newest.
    'recentPayments',
    coalesce((SELECT jsonb_agg(jsonb_build_object(
                                 'id', recent.id,
                                 'chargeId', recent.charge_id,
                                 'amount', jsonb_build_object('amount', recent.amount,
                                                              'currency', recent.currency),
                                 'status', recent.status,
                                 'methodKind', recent.method_kind,
                                 'createdAt', recent.created_at,
                                 'failureCode', recent.failure_code)
                               ORDER BY recent.created_at DESC, recent.id)
              FROM (SELECT p.id, p.charge_id, p.amount, p.currency, p.status, p.method_kind,
                           p.created_at, p.failure_code
                    FROM leaseport.payments p
                    WHERE p.payer_id = caller OR p.lease_id = ANY (my_leases)
                    ORDER BY p.created_at DESC, p.id
                    LIMIT 10) recent),
             '[]'::jsonb));
END
$$;
