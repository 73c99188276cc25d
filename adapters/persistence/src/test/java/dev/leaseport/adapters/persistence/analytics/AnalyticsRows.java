package dev.leaseport.adapters.persistence.analytics;

import dev.leaseport.adapters.persistence.testing.TestDatabase;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.identity.Caller;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Rows of an owner's portfolio written by the superuser in the states the application's functions
 * leave them, with fixed times, so every figure of a report is known; and the JSON of a report read
 * back through PostgreSQL, so expected and actual documents compare as jsonb, key order and spacing
 * aside.
 */
final class AnalyticsRows {
  private final DSLContext sql;

  AnalyticsRows(TestDatabase database) {
    this.sql = database.superuser();
  }

  UUID property(Caller owner, String name) {
    return id(
        "insert into leaseport.properties (owner_id, name, address_line1, city, property_type)"
            + " values (?, ?, '1 Main Street', 'Springfield', 'APARTMENT') returning id",
        owner.userId(),
        name);
  }

  UUID unit(Caller owner, UUID property, String number, String currency, String createdAt) {
    return id(
        "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount, currency,"
            + " created_at) values (?, ?, ?, 100000, ?, ?::timestamptz) returning id",
        owner.userId(),
        property,
        number,
        currency,
        createdAt);
  }

  UUID tenant(Caller owner, String first, String last) {
    return id(
        "insert into leaseport.tenants (owner_id, first_name, last_name, email) values (?, ?, ?,"
            + " ?) returning id",
        owner.userId(),
        first,
        last,
        first.toLowerCase() + "." + UUID.randomUUID() + "@example.test");
  }

  /** A lease with its PRIMARY tenant, moved from DRAFT to {@code status}. */
  UUID lease(
      Caller owner,
      UUID unit,
      UUID primary,
      String start,
      String end,
      long rent,
      String currency,
      String status) {
    UUID lease =
        id(
            "insert into leaseport.leases (owner_id, unit_id, start_date, end_date, rent_amount,"
                + " currency) values (?, ?, ?::date, ?::date, ?, ?) returning id",
            owner.userId(),
            unit,
            start,
            end,
            rent,
            currency);
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " values (?, ?, ?, 'PRIMARY')",
        lease,
        primary,
        owner.userId());
    sql.execute(
        "update leaseport.leases set status = ?::leaseport.lease_status where id = ?",
        status,
        lease);
    return lease;
  }

  void terminate(UUID lease, String effectiveOn) {
    sql.execute(
        "update leaseport.leases set status = 'TERMINATED', terminated_at = now(),"
            + " terminated_on = ?::date where id = ?",
        effectiveOn,
        lease);
  }

  /** A charge of {@code kind} RENT (with a period) or OTHER; its status follows its amounts. */
  UUID charge(
      Caller owner,
      UUID lease,
      String currency,
      long amount,
      String due,
      long paid,
      long refunded,
      boolean voided) {
    boolean rent = !voided;
    String status = voided ? "VOID" : amount - paid + refunded == 0 ? "PAID" : "OPEN";
    return id(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
            + " period_end, description, amount, due_date, amount_paid, amount_refunded, status,"
            + " voided_at) values (?, ?, ?, ?::leaseport.charge_kind, ?::date, ?::date + 27,"
            + " 'Seeded', ?, ?::date, ?, ?, ?::leaseport.charge_status, ?::timestamptz)"
            + " returning id",
        owner.userId(),
        lease,
        currency,
        rent ? "RENT" : "OTHER",
        rent ? due : null,
        rent ? due : null,
        amount,
        due,
        paid,
        refunded,
        status,
        voided ? "2030-01-02T00:00:00Z" : null);
  }

  UUID payment(
      Caller owner,
      UUID charge,
      UUID lease,
      long amount,
      String currency,
      long fee,
      String status,
      long refunded,
      String createdAt) {
    Caller payer = owner; // any user: who paid does not change an owner's figures
    return id(
        "insert into leaseport.payments (owner_id, charge_id, lease_id, payer_id, amount,"
            + " currency, application_fee_amount, status, failure_code, amount_refunded,"
            + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?::leaseport.payment_status, ?, ?,"
            + " ?::timestamptz) returning id",
        owner.userId(),
        charge,
        lease,
        payer.userId(),
        amount,
        currency,
        fee,
        status,
        status.equals("FAILED") ? "card_declined" : null,
        refunded,
        createdAt);
  }

  void refund(
      Caller owner, UUID payment, long amount, String currency, String status, String createdAt) {
    sql.execute(
        "insert into leaseport.payment_refunds (owner_id, payment_id, amount, currency, reason,"
            + " status, requested_by, created_at) values (?, ?, ?, ?, 'REQUESTED_BY_CUSTOMER', ?,"
            + " ?, ?::timestamptz)",
        owner.userId(),
        payment,
        amount,
        currency,
        status,
        owner.userId(),
        createdAt);
  }

  void expense(Caller owner, UUID property, long amount, String currency, String incurredOn) {
    sql.execute(
        "insert into leaseport.expenses (owner_id, property_id, category, amount, currency,"
            + " incurred_on) values (?, ?, (enum_range(null::leaseport.expense_category))[1], ?,"
            + " ?, ?::date)",
        owner.userId(),
        property,
        amount,
        currency,
        incurredOn);
  }

  /** A request filed at {@code createdAt}; COMPLETED ones at {@code completedAt}. */
  void maintenance(
      Caller owner,
      UUID unit,
      String category,
      String priority,
      String status,
      Long actualCost,
      String currency,
      String createdAt,
      String completedAt) {
    sql.execute(
        "insert into leaseport.maintenance_requests (owner_id, unit_id, requested_by, title,"
            + " category, priority, status, actual_cost, currency, created_at, completed_at)"
            + " values (?, ?, ?, 'Seeded', ?::leaseport.maintenance_category,"
            + " ?::leaseport.maintenance_priority, ?::leaseport.maintenance_status, ?, ?,"
            + " ?::timestamptz, ?::timestamptz)",
        owner.userId(),
        unit,
        owner.userId(),
        category,
        priority,
        status,
        actualCost,
        currency,
        createdAt,
        completedAt);
  }

  /** The part of a report at {@code path} (e.g. {@code months,1}), as PostgreSQL prints jsonb. */
  String at(Report report, String path) {
    Object part =
        sql.fetchValue("select (?::jsonb #> ?::text[])::text", report.json(), "{" + path + "}");
    return part == null ? null : part.toString();
  }

  /** The same document as PostgreSQL prints it, to compare with {@link #at}. */
  String json(String literal) {
    return sql.fetchValue("select ?::jsonb::text", literal).toString();
  }

  private UUID id(String statement, Object... bindings) {
    return sql.fetchSingle(statement, bindings).get(0, UUID.class);
  }
}
