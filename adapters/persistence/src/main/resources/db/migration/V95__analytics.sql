-- The owner's analytics (ADR 0025): each report is ONE call of one STABLE function that computes
-- every figure in SQL and answers jsonb. They are SECURITY INVOKER: the caller's row-level
-- security decides which rows exist, so another owner's rows are never counted, and EXECUTE is the
-- request tier's (authenticated) only, never the system tier's. Money is never summed across
-- currencies: every money figure is an entry of a per-currency list, in minor units. Months are
-- UTC calendar months; "today" is the as_of a caller passes, else the current UTC date.
--
-- Errors: 42501 for a caller who is not an owner (the API answers 403 before it gets here);
-- LPV01 naming the parameter for a value out of range (the API answers 400 before it gets here).

-- Revenue per UTC calendar month from from_month to to_month (both months included, at most 36),
-- per currency: charged (non-VOID charges by due date), collected and platform fees (payments that
-- succeeded, by the month they were made; a DISPUTED payment had succeeded and stays counted),
-- refunded (refunds Stripe took, by the month of the refund, not of the payment), expenses (by the
-- day incurred) and net = collected - refunded - fees - expenses. Every month is present; each lists
-- every currency the owner has (of a lease or an expense), zeros included; an owner with none has
-- an empty list in each month.
CREATE FUNCTION leaseport.revenue_report(from_month date, to_month date) RETURNS jsonb
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  AS $$
DECLARE
  first_month date := date_trunc('month', from_month::timestamp)::date;
  last_month date := date_trunc('month', to_month::timestamp)::date;
  after_last date;
  starts_at timestamptz;
  ends_at timestamptz;
BEGIN
  IF (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'OWNER' THEN
    RAISE EXCEPTION 'Only an owner has analytics' USING ERRCODE = '42501';
  END IF;
  IF first_month IS NULL OR last_month IS NULL OR first_month > last_month
     OR last_month >= first_month + interval '36 months' THEN
    RAISE EXCEPTION 'from must not be after to, and the range must be at most 36 months'
      USING ERRCODE = 'LPV01', COLUMN = 'from';
  END IF;
  after_last := (last_month + interval '1 month')::date;
  starts_at := first_month::timestamp AT TIME ZONE 'UTC';
  ends_at := after_last::timestamp AT TIME ZONE 'UTC';
  RETURN (
    WITH months AS (
      SELECT m::date AS month
      FROM generate_series(first_month::timestamp, last_month::timestamp, interval '1 month') m),
    currencies AS (
      SELECT l.currency::text AS currency FROM leaseport.leases l
      UNION
      SELECT e.currency::text FROM leaseport.expenses e),
    movements AS (
      SELECT date_trunc('month', c.due_date::timestamp)::date AS month, c.currency::text AS currency,
             c.amount AS charged, 0::bigint AS collected, 0::bigint AS refunded, 0::bigint AS fees,
             0::bigint AS spent
      FROM leaseport.charges c
      WHERE c.status <> 'VOID' AND c.due_date >= first_month AND c.due_date < after_last
      UNION ALL
      SELECT date_trunc('month', p.created_at AT TIME ZONE 'UTC')::date, p.currency::text,
             0, p.amount, 0, p.application_fee_amount, 0
      FROM leaseport.payments p
      WHERE p.status IN ('SUCCEEDED', 'DISPUTED')
        AND p.created_at >= starts_at AND p.created_at < ends_at
      UNION ALL
      SELECT date_trunc('month', r.created_at AT TIME ZONE 'UTC')::date, r.currency::text,
             0, 0, r.amount, 0, 0
      FROM leaseport.payment_refunds r
      WHERE r.status = 'SUBMITTED' AND r.created_at >= starts_at AND r.created_at < ends_at
      UNION ALL
      SELECT date_trunc('month', e.incurred_on::timestamp)::date, e.currency::text, 0, 0, 0, 0,
             e.amount
      FROM leaseport.expenses e
      WHERE e.incurred_on >= first_month AND e.incurred_on < after_last),
    cells AS (
      SELECT m.month, cur.currency,
             coalesce(sum(mv.charged), 0)::bigint AS charged,
             coalesce(sum(mv.collected), 0)::bigint AS collected,
             coalesce(sum(mv.refunded), 0)::bigint AS refunded,
             coalesce(sum(mv.fees), 0)::bigint AS fees,
             coalesce(sum(mv.spent), 0)::bigint AS spent
      FROM months m
      CROSS JOIN currencies cur
      LEFT JOIN movements mv ON mv.month = m.month AND mv.currency = cur.currency
      GROUP BY m.month, cur.currency)
    SELECT jsonb_build_object(
      'from', to_char(first_month, 'YYYY-MM'),
      'to', to_char(last_month, 'YYYY-MM'),
      'months',
      (SELECT jsonb_agg(jsonb_build_object(
                          'month', to_char(m.month, 'YYYY-MM'),
                          'currencies',
                          coalesce((SELECT jsonb_agg(jsonb_build_object(
                                                       'currency', c.currency,
                                                       'charged', c.charged,
                                                       'collected', c.collected,
                                                       'refunded', c.refunded,
                                                       'platformFees', c.fees,
                                                       'expenses', c.spent,
                                                       'net', c.collected - c.refunded - c.fees
                                                              - c.spent)
                                                     ORDER BY c.currency)
                                    FROM cells c WHERE c.month = m.month),
                                   '[]'::jsonb))
                        ORDER BY m.month)
       FROM months m),
      'totals',
      coalesce((SELECT jsonb_agg(jsonb_build_object(
                                   'currency', t.currency,
                                   'charged', t.charged,
                                   'collected', t.collected,
                                   'refunded', t.refunded,
                                   'platformFees', t.fees,
                                   'expenses', t.spent,
                                   'net', t.collected - t.refunded - t.fees - t.spent)
                                 ORDER BY t.currency)
                FROM (SELECT c.currency, sum(c.charged)::bigint AS charged,
                             sum(c.collected)::bigint AS collected,
                             sum(c.refunded)::bigint AS refunded, sum(c.fees)::bigint AS fees,
                             sum(c.spent)::bigint AS spent
                      FROM cells c GROUP BY c.currency) t),
               '[]'::jsonb)));
END
$$;

-- Month-end occupancy for the last `months` UTC calendar months up to as_of's (the current month is
-- measured on as_of itself). On a day D a unit is occupied when a lease of it that became ACTIVE
-- (status ACTIVE, ENDED or TERMINATED) covers D: start_date <= D <= its last day, the
-- termination's effective day when terminated, else end_date. A unit exists on D when it was
-- created on or before D, or is occupied on D (a unit entered after its lease began). The rate is
-- occupied / units, four decimals, null when there are no units.
CREATE FUNCTION leaseport.occupancy_report(months integer, as_of date) RETURNS jsonb
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  AS $$
DECLARE
  today date := coalesce(as_of, (now() AT TIME ZONE 'UTC')::date);
BEGIN
  IF (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'OWNER' THEN
    RAISE EXCEPTION 'Only an owner has analytics' USING ERRCODE = '42501';
  END IF;
  IF months IS NULL OR months NOT BETWEEN 1 AND 36 THEN
    RAISE EXCEPTION 'months must be between 1 and 36' USING ERRCODE = 'LPV01', COLUMN = 'months';
  END IF;
  RETURN (
    WITH days AS (
      SELECT m::date AS month,
             least((m + interval '1 month' - interval '1 day')::date, today) AS day
      FROM generate_series(date_trunc('month', today::timestamp)
                             - (occupancy_report.months - 1) * interval '1 month',
                           date_trunc('month', today::timestamp), interval '1 month') m),
    unit_days AS (
      SELECT d.month, d.day,
             (u.created_at AT TIME ZONE 'UTC')::date <= d.day AS created,
             EXISTS (SELECT 1 FROM leaseport.leases l
                     WHERE l.unit_id = u.id
                       AND l.status IN ('ACTIVE', 'ENDED', 'TERMINATED')
                       AND l.start_date <= d.day
                       AND coalesce(l.terminated_on, l.end_date) >= d.day) AS occupied
      FROM days d CROSS JOIN leaseport.units u),
    counts AS (
      SELECT d.month, d.day,
             count(ud.day) FILTER (WHERE ud.created OR ud.occupied) AS units,
             count(ud.day) FILTER (WHERE ud.occupied) AS occupied
      FROM days d LEFT JOIN unit_days ud ON ud.month = d.month
      GROUP BY d.month, d.day)
    SELECT jsonb_build_object(
      'asOf', today,
      'months',
      jsonb_agg(jsonb_build_object(
                  'month', to_char(c.month, 'YYYY-MM'),
                  'measuredOn', c.day,
                  'units', c.units,
                  'occupied', c.occupied,
                  'rate', CASE WHEN c.units = 0 THEN NULL
                               ELSE round(c.occupied::numeric / c.units, 4) END)
                ORDER BY c.month))
    FROM counts c);
END
$$;

-- Maintenance over all the owner's requests: counts by status, category and priority (every value
-- of each enum, 0 when none), the mean days from filing to completion of the COMPLETED requests
-- (two decimals; null when none), and the actual cost recorded, per the request's currency.
CREATE FUNCTION leaseport.maintenance_report() RETURNS jsonb
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  AS $$
BEGIN
  IF (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'OWNER' THEN
    RAISE EXCEPTION 'Only an owner has analytics' USING ERRCODE = '42501';
  END IF;
  RETURN (
    WITH requests AS (
      SELECT r.status, r.category, r.priority, r.created_at, r.completed_at, r.actual_cost,
             r.currency::text AS currency
      FROM leaseport.maintenance_requests r)
    SELECT jsonb_build_object(
      'total', (SELECT count(*) FROM requests),
      'byStatus',
      (SELECT jsonb_object_agg(s.value::text, (SELECT count(*) FROM requests r WHERE r.status = s.value))
       FROM unnest(enum_range(NULL::leaseport.maintenance_status)) s(value)),
      'byCategory',
      (SELECT jsonb_object_agg(c.value::text,
                               (SELECT count(*) FROM requests r WHERE r.category = c.value))
       FROM unnest(enum_range(NULL::leaseport.maintenance_category)) c(value)),
      'byPriority',
      (SELECT jsonb_object_agg(p.value::text,
                               (SELECT count(*) FROM requests r WHERE r.priority = p.value))
       FROM unnest(enum_range(NULL::leaseport.maintenance_priority)) p(value)),
      'meanDaysToComplete',
      (SELECT round((avg(extract(epoch FROM r.completed_at - r.created_at)) / 86400)::numeric, 2)
       FROM requests r WHERE r.status = 'COMPLETED'),
      'actualCost',
      coalesce((SELECT jsonb_agg(jsonb_build_object('currency', t.currency,
                                                    'amount', t.amount,
                                                    'requests', t.requests)
                                 ORDER BY t.currency)
                FROM (SELECT r.currency, sum(r.actual_cost)::bigint AS amount,
                             count(*) AS requests
                      FROM requests r WHERE r.actual_cost IS NOT NULL
                      GROUP BY r.currency) t),
               '[]'::jsonb)));
END
$$;

-- The ACTIVE leases whose end date falls from as_of to as_of + within_days (1..365), soonest
-- first, a page of them (limit 1..100, offset 0..1000000) with the true total, as every list.
CREATE FUNCTION leaseport.expiring_leases_report(within_days integer, page_limit integer,
                                                 page_offset integer, as_of date) RETURNS jsonb
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  AS $$
DECLARE
  today date := coalesce(as_of, (now() AT TIME ZONE 'UTC')::date);
BEGIN
  IF (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'OWNER' THEN
    RAISE EXCEPTION 'Only an owner has analytics' USING ERRCODE = '42501';
  END IF;
  IF within_days IS NULL OR within_days NOT BETWEEN 1 AND 365 THEN
    RAISE EXCEPTION 'withinDays must be between 1 and 365'
      USING ERRCODE = 'LPV01', COLUMN = 'withinDays';
  END IF;
  IF page_limit IS NULL OR page_limit NOT BETWEEN 1 AND 100
     OR page_offset IS NULL OR page_offset NOT BETWEEN 0 AND 1000000 THEN
    RAISE EXCEPTION 'limit must be between 1 and 100, offset between 0 and 1000000'
      USING ERRCODE = 'LPV01', COLUMN = 'limit';
  END IF;
  RETURN (
    WITH expiring AS (
      SELECT l.id, l.unit_id, l.end_date, l.rent_amount, l.currency
      FROM leaseport.leases l
      WHERE l.status = 'ACTIVE' AND l.end_date BETWEEN today AND today + within_days)
    SELECT jsonb_build_object(
      'asOf', today,
      'withinDays', within_days,
      'total', (SELECT count(*) FROM expiring),
      'limit', page_limit,
      'offset', page_offset,
      'data',
      coalesce((SELECT jsonb_agg(jsonb_build_object(
                                   'leaseId', pg.id,
                                   'endDate', pg.end_date,
                                   'daysLeft', pg.end_date - today,
                                   'rent', jsonb_build_object('amount', pg.rent_amount,
                                                              'currency', pg.currency),
                                   'unit', jsonb_build_object('id', u.id,
                                                              'unitNumber', u.unit_number),
                                   'property', jsonb_build_object('id', p.id, 'name', p.name),
                                   'primaryTenant',
                                   (SELECT jsonb_build_object(
                                             'id', t.id,
                                             'name', t.first_name || ' ' || t.last_name)
                                    FROM leaseport.lease_tenants lt
                                    JOIN leaseport.tenants t
                                      ON t.id = lt.tenant_id AND t.owner_id = lt.owner_id
                                    WHERE lt.lease_id = pg.id AND lt.role = 'PRIMARY'))
                                 ORDER BY pg.end_date, pg.id)
                FROM (SELECT e.* FROM expiring e
                      ORDER BY e.end_date, e.id
                      LIMIT page_limit OFFSET page_offset) pg
                JOIN leaseport.units u ON u.id = pg.unit_id
                JOIN leaseport.properties p ON p.id = u.property_id),
               '[]'::jsonb)));
END
$$;

-- One tenant record's money with this owner: the charges of every lease the record is party to,
-- newest due first, a page of them with the true total, each with all its payments (oldest
-- first), and the totals per currency of the non-VOID charges. NULL when the caller cannot see the
-- tenant record (unknown, or another owner's: the API answers both 404 alike).
CREATE FUNCTION leaseport.tenant_payment_history(of_tenant uuid, page_limit integer,
                                                 page_offset integer) RETURNS jsonb
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  AS $$
BEGIN
  IF (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'OWNER' THEN
    RAISE EXCEPTION 'Only an owner has analytics' USING ERRCODE = '42501';
  END IF;
  IF page_limit IS NULL OR page_limit NOT BETWEEN 1 AND 100
     OR page_offset IS NULL OR page_offset NOT BETWEEN 0 AND 1000000 THEN
    RAISE EXCEPTION 'limit must be between 1 and 100, offset between 0 and 1000000'
      USING ERRCODE = 'LPV01', COLUMN = 'limit';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM leaseport.tenants t WHERE t.id = of_tenant) THEN
    RETURN NULL;
  END IF;
  RETURN (
    WITH their_charges AS (
      SELECT c.id, c.lease_id, c.kind, c.description, c.due_date, c.amount, c.amount_paid,
             c.amount_refunded, c.amount_pending, c.status, c.currency::text AS currency
      FROM leaseport.charges c
      WHERE c.lease_id IN (SELECT lt.lease_id FROM leaseport.lease_tenants lt
                           WHERE lt.tenant_id = of_tenant))
    SELECT jsonb_build_object(
      'tenantId', of_tenant,
      'totals',
      coalesce((SELECT jsonb_agg(jsonb_build_object('currency', t.currency,
                                                    'charged', t.charged,
                                                    'paid', t.paid,
                                                    'refunded', t.refunded,
                                                    'balance', t.balance)
                                 ORDER BY t.currency)
                FROM (SELECT c.currency, sum(c.amount)::bigint AS charged,
                             sum(c.amount_paid)::bigint AS paid,
                             sum(c.amount_refunded)::bigint AS refunded,
                             sum(c.amount - c.amount_paid + c.amount_refunded)::bigint AS balance
                      FROM their_charges c WHERE c.status <> 'VOID'
                      GROUP BY c.currency) t),
               '[]'::jsonb),
      'total', (SELECT count(*) FROM their_charges),
      'limit', page_limit,
      'offset', page_offset,
      'data',
      coalesce((SELECT jsonb_agg(jsonb_build_object(
                                   'chargeId', pg.id,
                                   'leaseId', pg.lease_id,
                                   'kind', pg.kind,
                                   'description', pg.description,
                                   'dueDate', pg.due_date,
                                   'status', pg.status,
                                   'currency', pg.currency,
                                   'amount', pg.amount,
                                   'paid', pg.amount_paid,
                                   'refunded', pg.amount_refunded,
                                   'pending', pg.amount_pending,
                                   'balance', CASE WHEN pg.status = 'VOID' THEN 0
                                                   ELSE pg.amount - pg.amount_paid
                                                        + pg.amount_refunded END,
                                   'payments',
                                   coalesce((SELECT jsonb_agg(jsonb_build_object(
                                                                'paymentId', p.id,
                                                                'status', p.status,
                                                                'amount', p.amount,
                                                                'refunded', p.amount_refunded,
                                                                'methodKind', p.method_kind,
                                                                'createdAt', p.created_at)
                                                              ORDER BY p.created_at, p.id)
                                             FROM leaseport.payments p
                                             WHERE p.charge_id = pg.id
                                               AND p.lease_id = pg.lease_id),
                                            '[]'::jsonb))
                                 ORDER BY pg.due_date DESC, pg.id)
                FROM (SELECT c.* FROM their_charges c
                      ORDER BY c.due_date DESC, c.id
                      LIMIT page_limit OFFSET page_offset) pg),
               '[]'::jsonb)));
END
$$;

REVOKE EXECUTE ON FUNCTION leaseport.revenue_report(date, date) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION leaseport.occupancy_report(integer, date) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION leaseport.maintenance_report() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION leaseport.expiring_leases_report(integer, integer, integer, date)
  FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION leaseport.tenant_payment_history(uuid, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.revenue_report(date, date) TO authenticated;
GRANT EXECUTE ON FUNCTION leaseport.occupancy_report(integer, date) TO authenticated;
GRANT EXECUTE ON FUNCTION leaseport.maintenance_report() TO authenticated;
GRANT EXECUTE ON FUNCTION leaseport.expiring_leases_report(integer, integer, integer, date)
  TO authenticated;
GRANT EXECUTE ON FUNCTION leaseport.tenant_payment_history(uuid, integer, integer)
  TO authenticated;
