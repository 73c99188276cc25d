-- The owner's dashboard (ADR 0024): every figure of GET /dashboard from one call, under the
-- caller's own row-level security (SECURITY INVOKER, executable by authenticated only). as_of
-- chooses the day (occupancy, rent roll, overdue, expiring leases) and its calendar month (the
-- month's charges); statuses and amounts are the rows' current ones.
--
-- Every query names owner_id = the caller as well as the policy does: a renter's party policies
-- could show them the charges of their own leases, which are no dashboard of theirs, and the
-- explicit column lets the planner use the owner's indexes however the policies are combined.

-- Overdue reads only the owner's OPEN charges by due date: small beside their whole history.
CREATE INDEX charges_owner_id_open_due_date_idx ON leaseport.charges (owner_id, due_date)
  WHERE status = 'OPEN';

CREATE FUNCTION leaseport.owner_dashboard(as_of date) RETURNS jsonb
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  AS $$
DECLARE
  caller uuid := (SELECT auth.uid());
  first_day date := date_trunc('month', as_of::timestamp)::date;
  last_day date := (date_trunc('month', as_of::timestamp) + interval '1 month - 1 day')::date;
  unit_count bigint;
  occupied_count bigint;
BEGIN
  IF caller IS NULL
     OR (SELECT auth.jwt() -> 'app_metadata' ->> 'user_type') IS DISTINCT FROM 'OWNER' THEN
    RAISE EXCEPTION 'Only an owner has a dashboard' USING ERRCODE = '42501';
  END IF;
  IF as_of IS NULL THEN
    RAISE EXCEPTION 'as_of is required' USING ERRCODE = '22004';
  END IF;

  -- The units of the properties in use (an ARCHIVED property is out of the portfolio), and those
  -- an ACTIVE lease covers on as_of. A unit's own status is not read: it says nothing of as_of.
  -- The leases are read once (a hashed set), not probed per unit.
  SELECT count(*),
         count(*) FILTER (WHERE u.id IN (SELECT l.unit_id FROM leaseport.leases l
                                         WHERE l.owner_id = caller AND l.status = 'ACTIVE'
                                           AND l.end_date >= as_of AND l.start_date <= as_of))
    INTO unit_count, occupied_count
    FROM leaseport.units u
    JOIN leaseport.properties p ON p.id = u.property_id AND p.owner_id = u.owner_id
   WHERE u.owner_id = caller AND p.status = 'ACTIVE';

  RETURN jsonb_build_object(
    'asOf', as_of,
    'monthStart', first_day,
    'monthEnd', last_day,
    'properties',
    (SELECT count(*) FROM leaseport.properties p
      WHERE p.owner_id = caller AND p.status = 'ACTIVE'),
    'units', unit_count,
    'occupiedUnits', occupied_count,
    'vacantUnits', unit_count - occupied_count,
    -- A fraction from 0 to 1, four decimals, half away from zero; 0 without units.
    'occupancyRate',
    CASE WHEN unit_count = 0 THEN 0::numeric
         ELSE round(occupied_count::numeric / unit_count, 4) END,
    -- The monthly rent of the ACTIVE leases covering as_of, per currency.
    'rentRoll',
    coalesce((SELECT jsonb_agg(jsonb_build_object('currency', r.currency,
                                                  'leases', r.leases,
                                                  'amount', r.amount)
                               ORDER BY r.currency)
              FROM (SELECT l.currency, count(*) AS leases, sum(l.rent_amount) AS amount
                      FROM leaseport.leases l
                     WHERE l.owner_id = caller AND l.status = 'ACTIVE'
                       AND l.end_date >= as_of AND l.start_date <= as_of
                     GROUP BY l.currency) r),
             '[]'::jsonb),
    -- The charges due in as_of's month (VOID ones asked for nothing): what they ask for, what was
    -- paid of them net of refunds, and what is left, so charged = collected + outstanding.
    'thisMonth',
    coalesce((SELECT jsonb_agg(jsonb_build_object('currency', m.currency,
                                                  'charged', m.charged,
                                                  'collected', m.collected,
                                                  'outstanding', m.outstanding)
                               ORDER BY m.currency)
              FROM (SELECT c.currency, sum(c.amount) AS charged,
                           sum(c.amount_paid - c.amount_refunded) AS collected,
                           sum(c.amount - c.amount_paid + c.amount_refunded) AS outstanding
                      FROM leaseport.charges c
                     WHERE c.owner_id = caller AND c.status <> 'VOID'
                       AND c.due_date BETWEEN first_day AND last_day
                     GROUP BY c.currency) m),
             '[]'::jsonb),
    -- OPEN charges due before as_of with a balance, whenever they were due.
    'overdue',
    coalesce((SELECT jsonb_agg(jsonb_build_object('currency', o.currency,
                                                  'count', o.charges,
                                                  'amount', o.amount)
                               ORDER BY o.currency)
              FROM (SELECT c.currency, count(*) AS charges,
                           sum(c.amount - c.amount_paid + c.amount_refunded) AS amount
                      FROM leaseport.charges c
                     WHERE c.owner_id = caller AND c.status = 'OPEN' AND c.due_date < as_of
                       AND c.amount - c.amount_paid + c.amount_refunded > 0
                     GROUP BY c.currency) o),
             '[]'::jsonb),
    -- Every priority, 0 when none is open (OPEN, IN_PROGRESS or ON_HOLD).
    'openMaintenance',
    (SELECT jsonb_object_agg(every_priority.priority, coalesce(unfinished.requests, 0))
       FROM unnest(enum_range(NULL::leaseport.maintenance_priority)) AS every_priority (priority)
       LEFT JOIN (SELECT r.priority, count(*) AS requests
                    FROM leaseport.maintenance_requests r
                   WHERE r.owner_id = caller AND r.status IN ('OPEN', 'IN_PROGRESS', 'ON_HOLD')
                   GROUP BY r.priority) unfinished
         ON unfinished.priority = every_priority.priority),
    -- ACTIVE leases ending after as_of and at most N days later: cumulative, so the 60-day count
    -- includes the 30-day one.
    'expiringLeases',
    (SELECT jsonb_build_object(
              'within30Days', count(*) FILTER (WHERE l.end_date <= as_of + 30),
              'within60Days', count(*) FILTER (WHERE l.end_date <= as_of + 60),
              'within90Days', count(*))
       FROM leaseport.leases l
      WHERE l.owner_id = caller AND l.status = 'ACTIVE'
        AND l.end_date > as_of AND l.end_date <= as_of + 90));
END
$$;
REVOKE EXECUTE ON FUNCTION leaseport.owner_dashboard(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.owner_dashboard(date) TO authenticated;
