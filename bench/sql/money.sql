-- The money, leases and repairs of every unit loaded since the last run of this script, set-based,
-- so that the owner's reports read a realistic history. Run after owner.sql / owners.sql; the
-- choices hang on a hash of each row's id, so a unit passed over once (vacant, no repair) is
-- passed over again and nothing is loaded twice. Dates are relative to today:
--   * 85 % of the units of ACTIVE properties get a 12-month ACTIVE lease that started 0 to 11
--     months ago on the 1st (a quarter of them end within 90 days), rent = the unit's rent;
--   * each lease has a RENT charge per month since it started, this month included, due on the
--     1st: earlier months 95 % paid, 3 % unpaid, 2 % half paid; this month 70 % paid; one paid
--     charge in a hundred is 10 % refunded, which reopens that much of it;
--   * every paid amount is one SUCCEEDED card or bank payment (the 10 % refunds with their
--     SUBMITTED refund request), paid by one bench renter;
--   * one unit in eight has a maintenance request (every priority and status), and every ACTIVE
--     property one expense in the last twelve months.
-- Inserted as the superuser, through every constraint and trigger.
\set ON_ERROR_STOP on
BEGIN;
-- Ids that sort in insertion order, as UUIDv7 ones do: this run's start second, the table, the row.
-- With rows inserted in key order (owner, lease, month) every index on them grows at one end
-- instead of at a random page per row, which is most of the load time at 100k properties.
CREATE FUNCTION pg_temp.ordered_id(tab integer, n bigint) RETURNS uuid
  LANGUAGE sql STABLE
  AS $$
    SELECT (lpad(to_hex(extract(epoch FROM transaction_timestamp())::bigint), 8, '0') || '-'
            || lpad(to_hex(tab), 4, '0') || '-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid
  $$;
INSERT INTO leaseport.users (id, email, user_type)
  VALUES ('00000000-0000-4000-8000-0000000b0b00', 'renter@bench.test', 'TENANT')
  ON CONFLICT (id) DO NOTHING;

CREATE TEMP TABLE fresh_units ON COMMIT DROP AS
  SELECT u.id, u.owner_id, u.property_id, u.rent_amount, u.currency,
         (abs(hashtext(u.id::text)::bigint) % 100)::integer AS k
  FROM leaseport.units u
  JOIN leaseport.properties p ON p.id = u.property_id AND p.owner_id = u.owner_id
  WHERE p.status = 'ACTIVE'
    AND NOT EXISTS (SELECT 1 FROM leaseport.leases l WHERE l.unit_id = u.id)
    AND NOT EXISTS (SELECT 1 FROM leaseport.maintenance_requests r WHERE r.unit_id = u.id);

CREATE TEMP TABLE fresh_leases (id uuid, owner_id uuid, currency char(3), rent_amount bigint,
                                 start_date date) ON COMMIT DROP;
WITH made AS (
  INSERT INTO leaseport.leases (id, owner_id, unit_id, start_date, end_date, rent_amount,
                                currency, rent_due_day, status)
  SELECT pg_temp.ordered_id(1, row_number() OVER (ORDER BY f.owner_id, f.id)), f.owner_id, f.id,
         (date_trunc('month', current_date::timestamp) - make_interval(months => f.k % 12))::date,
         (date_trunc('month', current_date::timestamp) - make_interval(months => f.k % 12)
          + interval '12 months - 1 day')::date,
         f.rent_amount, f.currency, 1, 'ACTIVE'
  FROM fresh_units f
  WHERE f.k < 85 AND f.rent_amount > 0
  ORDER BY f.owner_id, f.id
  RETURNING id, owner_id, currency, rent_amount, start_date
)
INSERT INTO fresh_leases SELECT * FROM made;

-- One statement: the charges, the payments of what is paid, the refunds of what was refunded.
WITH months AS (
  SELECT l.id AS lease_id, l.owner_id, l.currency, l.rent_amount, m.first_day::date AS first_day,
         abs(hashtext(l.id::text || m.first_day::text)::bigint) % 100 AS h,
         m.first_day = date_trunc('month', current_date::timestamp) AS this_month
  FROM fresh_leases l
  CROSS JOIN LATERAL generate_series(l.start_date::timestamp,
                                     date_trunc('month', current_date::timestamp), interval '1 month')
    AS m (first_day)
), shaped AS (
  SELECT mo.*,
         CASE WHEN mo.this_month AND mo.h >= 70 THEN 0
              WHEN NOT mo.this_month AND mo.h BETWEEN 95 AND 97 THEN 0
              WHEN NOT mo.this_month AND mo.h >= 98 THEN mo.rent_amount / 2
              ELSE mo.rent_amount END AS paid
  FROM months mo
), charged AS (
  INSERT INTO leaseport.charges (id, owner_id, lease_id, currency, kind, period_start,
                                 period_end, description, amount, due_date, amount_paid,
                                 amount_refunded, status)
  SELECT pg_temp.ordered_id(2, row_number() OVER (ORDER BY s.lease_id, s.first_day)), s.owner_id, s.lease_id, s.currency, 'RENT', s.first_day,
         (s.first_day + interval '1 month - 1 day')::date,
         'Rent ' || to_char(s.first_day, 'YYYY-MM'), s.rent_amount, s.first_day, s.paid,
         CASE WHEN s.paid = s.rent_amount AND s.h = 0 THEN s.rent_amount / 10 ELSE 0 END,
         CASE WHEN s.paid = s.rent_amount AND s.h <> 0 THEN 'PAID' ELSE 'OPEN' END
           ::leaseport.charge_status
  FROM shaped s
  ORDER BY s.lease_id, s.first_day
  RETURNING id, owner_id, lease_id, currency, amount_paid, amount_refunded, due_date
), payments_made AS (
  INSERT INTO leaseport.payments (id, owner_id, charge_id, lease_id, payer_id, amount, currency,
                                  application_fee_amount, stripe_payment_intent_id, method_kind,
                                  status, amount_refunded, created_at)
  SELECT pg_temp.ordered_id(3, row_number() OVER (ORDER BY c.id)), c.owner_id, c.id, c.lease_id, '00000000-0000-4000-8000-0000000b0b00', c.amount_paid,
         c.currency, c.amount_paid / 100, 'pi_bench_' || replace(c.id::text, '-', ''),
         CASE WHEN abs(hashtext(c.id::text)::bigint) % 4 = 0 THEN 'US_BANK_ACCOUNT'
              ELSE 'CARD' END::leaseport.payment_method_kind,
         'SUCCEEDED', c.amount_refunded,
         c.due_date + interval '9 hours'
           + (abs(hashtext(c.id::text)::bigint) % 72) * interval '1 hour'
  FROM charged c
  WHERE c.amount_paid > 0
  ORDER BY c.id
  RETURNING id, owner_id, currency, amount_refunded, created_at
)
INSERT INTO leaseport.payment_refunds (owner_id, payment_id, amount, currency, reason, status,
                                       stripe_refund_id, requested_by, created_at)
SELECT p.owner_id, p.id, p.amount_refunded, p.currency, 'REQUESTED_BY_CUSTOMER', 'SUBMITTED',
       're_bench_' || replace(p.id::text, '-', ''), p.owner_id, p.created_at + interval '10 days'
FROM payments_made p
WHERE p.amount_refunded > 0;

INSERT INTO leaseport.maintenance_requests (owner_id, unit_id, requested_by, title, category,
                                            priority, status, estimated_cost, actual_cost,
                                            currency, completed_at, created_at)
SELECT f.owner_id, f.id, f.owner_id, 'Repair ' || (f.k % 7),
       (enum_range(NULL::leaseport.maintenance_category))[1 + f.k % 7],
       (enum_range(NULL::leaseport.maintenance_priority))[1 + f.k % 4],
       (enum_range(NULL::leaseport.maintenance_status))[1 + (f.k / 8) % 5],
       5000 + f.k * 100,
       CASE WHEN (f.k / 8) % 5 = 3 THEN 4000 + f.k * 120 END,
       f.currency,
       CASE WHEN (f.k / 8) % 5 = 3 THEN now() - (f.k % 60) * interval '1 day' END,
       now() - (60 + f.k % 60) * interval '1 day'
FROM fresh_units f
WHERE abs(hashtext(f.id::text || 'repair')::bigint) % 8 = 0;

INSERT INTO leaseport.expenses (owner_id, property_id, category, amount, currency, incurred_on,
                                vendor)
SELECT p.owner_id, p.id,
       (enum_range(NULL::leaseport.expense_category))
         [1 + (abs(hashtext(p.id::text)::bigint) % 8)::integer],
       10000 + abs(hashtext(p.id::text)::bigint) % 90000, 'usd',
       current_date - (abs(hashtext(p.id::text || 'spent')::bigint) % 365)::integer, 'Bench Supplies'
FROM leaseport.properties p
WHERE p.status = 'ACTIVE'
  AND NOT EXISTS (SELECT 1 FROM leaseport.expenses e WHERE e.property_id = p.id);
COMMIT;
VACUUM ANALYZE leaseport.leases, leaseport.charges, leaseport.payments,
  leaseport.payment_refunds, leaseport.maintenance_requests, leaseport.maintenance_events,
  leaseport.expenses;
