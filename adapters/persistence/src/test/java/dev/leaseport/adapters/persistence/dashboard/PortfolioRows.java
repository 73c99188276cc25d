package dev.leaseport.adapters.persistence.dashboard;

import dev.leaseport.adapters.persistence.testing.TestDatabase;
import dev.leaseport.domain.identity.Caller;
import java.util.UUID;

/**
 * Seeds one owner's rows as the superuser, in the states the lease functions, the jobs and the
 * payment events leave them, so that a test can state every figure it expects.
 */
final class PortfolioRows {
  private final TestDatabase database;
  private final Caller owner;

  PortfolioRows(TestDatabase database, Caller owner) {
    this.database = database;
    this.owner = owner;
  }

  UUID property(String name, String status) {
    return insertId(
        "insert into leaseport.properties (owner_id, name, address_line1, city, property_type,"
            + " status) values (?, ?, '1 Test Street', 'Springfield', 'APARTMENT',"
            + " ?::leaseport.property_status) returning id",
        owner.userId(),
        name,
        status);
  }

  UUID unit(UUID property, String number, String currency) {
    return insertId(
        "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount, currency)"
            + " values (?, ?, ?, 100000, ?) returning id",
        owner.userId(),
        property,
        number,
        currency);
  }

  /** A lease in {@code status}, written as the lease functions leave it (no parties needed). */
  UUID lease(UUID unit, String status, String start, String end, long rent, String currency) {
    return insertId(
        "insert into leaseport.leases (owner_id, unit_id, start_date, end_date, rent_amount,"
            + " currency, status) values (?, ?, ?::date, ?::date, ?, ?,"
            + " ?::leaseport.lease_status) returning id",
        owner.userId(),
        unit,
        start,
        end,
        rent,
        currency,
        status);
  }

  /** A RENT charge for the month starting on {@code due}, with its amounts so far. */
  UUID rent(UUID lease, String currency, long amount, String due, long paid, long refunded) {
    return charge(lease, currency, "RENT", null, amount, due, paid, refunded, 0);
  }

  /** A charge of any kind; its status follows from its balance, as the payment events keep it. */
  UUID charge(
      UUID lease,
      String currency,
      String kind,
      UUID parent,
      long amount,
      String due,
      long paid,
      long refunded,
      long pending) {
    boolean rent = kind.equals("RENT");
    return insertId(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
            + " period_end, parent_charge_id, description, amount, due_date, amount_paid,"
            + " amount_refunded, amount_pending, status) values (?, ?, ?,"
            + " ?::leaseport.charge_kind, ?::date, ?::date + 27, ?, 'Seeded', ?, ?::date, ?, ?,"
            + " ?, ?::leaseport.charge_status) returning id",
        owner.userId(),
        lease,
        currency,
        kind,
        rent ? due : null,
        rent ? due : null,
        parent,
        amount,
        due,
        paid,
        refunded,
        pending,
        amount - paid + refunded == 0 ? "PAID" : "OPEN");
  }

  /** An OPEN charge the owner voided before anything was paid. */
  UUID voidedCharge(UUID lease, String currency, long amount, String due) {
    return insertId(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, description, amount,"
            + " due_date, status, voided_at) values (?, ?, ?, 'OTHER', 'Voided', ?, ?::date,"
            + " 'VOID', now()) returning id",
        owner.userId(),
        lease,
        currency,
        amount,
        due);
  }

  /** A payment of a charge, as Stripe's events leave it; refunded is Stripe's cumulative total. */
  UUID payment(UUID charge, UUID lease, Caller payer, long amount, String currency, String status) {
    return insertId(
        "insert into leaseport.payments (owner_id, charge_id, lease_id, payer_id, amount,"
            + " currency, application_fee_amount, status) values (?, ?, ?, ?, ?, ?, 0,"
            + " ?::leaseport.payment_status) returning id",
        owner.userId(),
        charge,
        lease,
        payer.userId(),
        amount,
        currency,
        status);
  }

  /** The owner's refund of part of a payment, as Stripe's charge.refunded leaves both rows. */
  void refund(UUID payment, long amount, String currency) {
    database
        .superuser()
        .execute(
            "update leaseport.payments set amount_refunded = amount_refunded + ? where id = ?",
            amount,
            payment);
    database
        .superuser()
        .execute(
            "insert into leaseport.payment_refunds (owner_id, payment_id, amount, currency,"
                + " reason, status, stripe_refund_id, requested_by) values (?, ?, ?, ?,"
                + " 'REQUESTED_BY_CUSTOMER', 'SUBMITTED', ?, ?)",
            owner.userId(),
            payment,
            amount,
            currency,
            "re_" + UUID.randomUUID().toString().replace("-", ""),
            owner.userId());
  }

  void maintenance(UUID unit, String priority, String status) {
    database
        .superuser()
        .execute(
            "insert into leaseport.maintenance_requests (owner_id, unit_id, requested_by, title,"
                + " priority, status, completed_at) values (?, ?, ?, 'Seeded',"
                + " ?::leaseport.maintenance_priority, ?::leaseport.maintenance_status,"
                + " case when ? = 'COMPLETED' then now() end)",
            owner.userId(),
            unit,
            owner.userId(),
            priority,
            status,
            status);
  }

  private UUID insertId(String sql, Object... bindings) {
    return database.superuser().fetchSingle(sql, bindings).get(0, UUID.class);
  }
}
