-- The owner's CSV exports (ADR 0026): one set-returning function per export, read through a
-- server-side cursor and streamed to the client row by row.
--
-- SECURITY INVOKER, STABLE, plain SQL, no SET clause and not STRICT, on purpose: such a function
-- is inlined into the calling query, so PostgreSQL produces its rows as the cursor asks for them
-- instead of collecting the whole set first, and the caller's row-level security applies to every
-- table it reads. Each names the calling owner's rows (owner_id = auth.uid()) as well: that grants
-- nothing beyond the policies, it lets the planner read the owner's index alone and makes a
-- renter's call answer no rows instead of the few units row-level security shows them.
-- Money is bigint minor units with its currency on every row; nothing is added across currencies.

-- One row per unit of the owner: the unit's ACTIVE lease (the one in force on p_as_of first, when
-- a renewal is active too), its primary tenant, the rent and deposit, and the balance of the
-- lease's OPEN charges due on or before p_as_of. A unit without an active lease shows its asking
-- rent in its own currency and no lease columns.
CREATE FUNCTION leaseport.rent_roll(p_as_of date)
RETURNS TABLE (property_id uuid, property_name text, address_line1 text, city text,
               unit_id uuid, unit_number text, unit_status leaseport.unit_status,
               lease_id uuid, lease_start date, lease_end date,
               primary_tenant text, primary_tenant_email text,
               currency text, rent bigint, security_deposit bigint, balance_due bigint)
LANGUAGE sql STABLE
AS $$
  SELECT p.id, p.name, p.address_line1, p.city,
         u.id, u.unit_number, u.status,
         l.id, l.start_date, l.end_date,
         t.first_name || ' ' || t.last_name, t.email,
         coalesce(l.currency, u.currency)::text,
         coalesce(l.rent_amount, u.rent_amount),
         l.security_deposit,
         CASE WHEN l.id IS NOT NULL THEN coalesce(due.balance, 0) END
  FROM leaseport.units u
  JOIN leaseport.properties p ON p.id = u.property_id AND p.owner_id = u.owner_id
  LEFT JOIN LATERAL (
    SELECT a.id, a.start_date, a.end_date, a.currency, a.rent_amount, a.security_deposit
    FROM leaseport.leases a
    WHERE a.unit_id = u.id AND a.owner_id = u.owner_id AND a.status = 'ACTIVE'
    ORDER BY (p_as_of BETWEEN a.start_date AND a.end_date) DESC, a.start_date, a.id
    LIMIT 1) l ON true
  LEFT JOIN leaseport.lease_tenants lt ON lt.lease_id = l.id AND lt.role = 'PRIMARY'
  LEFT JOIN leaseport.tenants t ON t.id = lt.tenant_id
  LEFT JOIN LATERAL (
    SELECT sum(c.amount - c.amount_paid + c.amount_refunded)::bigint AS balance
    FROM leaseport.charges c
    WHERE c.lease_id = l.id AND c.status = 'OPEN' AND c.due_date <= p_as_of) due ON true
  WHERE u.owner_id = (SELECT auth.uid())
  ORDER BY p.name, p.id, u.unit_number, u.id
$$;
REVOKE EXECUTE ON FUNCTION leaseport.rent_roll(date) FROM PUBLIC;
-- The user tier only: the system tier bypasses row-level security and must never answer it.
GRANT EXECUTE ON FUNCTION leaseport.rent_roll(date) TO authenticated;

-- One row per payment of the owner started from p_from to p_to (UTC calendar days, both
-- included), oldest first, in any status: where it was for (property, unit, lease, charge), who
-- paid (the owner's tenant record of the paying user), the amounts Stripe settled, refunded and
-- took in dispute, the platform fee, and Stripe's PaymentIntent id.
CREATE FUNCTION leaseport.payments_export(p_from date, p_to date)
RETURNS TABLE (payment_id uuid, created_at timestamptz, paid_on date,
               property_name text, unit_number text, lease_id uuid,
               payer text, payer_email text,
               charge_id uuid, charge_kind leaseport.charge_kind, charge_description text,
               period_start date, period_end date, due_date date,
               status leaseport.payment_status, method_kind leaseport.payment_method_kind,
               currency text, amount bigint, amount_refunded bigint, amount_disputed bigint,
               application_fee bigint, stripe_payment_intent_id text, failure_code text)
LANGUAGE sql STABLE
AS $$
  SELECT pay.id, pay.created_at, (pay.created_at AT TIME ZONE 'UTC')::date,
         p.name, u.unit_number, pay.lease_id,
         t.first_name || ' ' || t.last_name, t.email,
         c.id, c.kind, c.description, c.period_start, c.period_end, c.due_date,
         pay.status, pay.method_kind,
         pay.currency::text, pay.amount, pay.amount_refunded, pay.amount_disputed,
         pay.application_fee_amount, pay.stripe_payment_intent_id, pay.failure_code
  FROM leaseport.payments pay
  JOIN leaseport.charges c ON c.id = pay.charge_id AND c.lease_id = pay.lease_id
  JOIN leaseport.leases l ON l.id = pay.lease_id AND l.owner_id = pay.owner_id
  JOIN leaseport.units u ON u.id = l.unit_id AND u.owner_id = l.owner_id
  JOIN leaseport.properties p ON p.id = u.property_id AND p.owner_id = u.owner_id
  LEFT JOIN leaseport.tenants t ON t.owner_id = pay.owner_id AND t.user_id = pay.payer_id
  WHERE pay.owner_id = (SELECT auth.uid())
    AND pay.created_at >= (p_from::timestamp AT TIME ZONE 'UTC')
    AND pay.created_at < ((p_to + 1)::timestamp AT TIME ZONE 'UTC')
  ORDER BY pay.created_at, pay.id
$$;
REVOKE EXECUTE ON FUNCTION leaseport.payments_export(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leaseport.payments_export(date, date) TO authenticated;
