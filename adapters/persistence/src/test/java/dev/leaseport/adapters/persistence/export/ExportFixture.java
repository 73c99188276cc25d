package dev.leaseport.adapters.persistence.export;

import dev.leaseport.adapters.persistence.testing.TestDatabase;
import dev.leaseport.domain.identity.Caller;
import java.util.UUID;

/**
 * Rows seeded by the superuser in the states the application's functions leave them: properties,
 * units, tenant records, leases with their parties, charges and payments.
 */
final class ExportFixture {
  private final TestDatabase database;

  ExportFixture(TestDatabase database) {
    this.database = database;
  }

  UUID property(Caller owner, String name, String addressLine1, String city) {
    return insertId(
        "insert into leaseport.properties (owner_id, name, address_line1, city, property_type)"
            + " values (?, ?, ?, ?, 'APARTMENT') returning id",
        owner.userId(),
        name,
        addressLine1,
        city);
  }

  UUID unit(Caller owner, UUID property, String number, long rent, String currency) {
    return insertId(
        "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount, currency)"
            + " values (?, ?, ?, ?, ?) returning id",
        owner.userId(),
        property,
        number,
        rent,
        currency);
  }

  void unitStatus(UUID unit, String status) {
    database
        .superuser()
        .execute(
            "update leaseport.units set status = ?::leaseport.unit_status where id = ?",
            status,
            unit);
  }

  /** A tenant record, linked to {@code user} when given. */
  UUID tenant(Caller owner, String first, String last, String email, Caller user) {
    return insertId(
        "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
            + " values (?, ?, ?, ?, ?) returning id",
        owner.userId(),
        first,
        last,
        email,
        user == null ? null : user.userId());
  }

  /** A lease with its PRIMARY (and a CO_TENANT), added while a DRAFT, then moved to status. */
  UUID lease(
      Caller owner,
      UUID unit,
      String start,
      String end,
      long rent,
      String currency,
      long deposit,
      UUID primary,
      UUID coTenant,
      String status) {
    UUID id =
        insertId(
            "insert into leaseport.leases (owner_id, unit_id, start_date, end_date, rent_amount,"
                + " currency, security_deposit) values (?, ?, ?::date, ?::date, ?, ?, ?)"
                + " returning id",
            owner.userId(),
            unit,
            start,
            end,
            rent,
            currency,
            deposit);
    var sql = database.superuser();
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " values (?, ?, ?, 'PRIMARY')",
        id,
        primary,
        owner.userId());
    if (coTenant != null) {
      sql.execute(
          "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
              + " values (?, ?, ?, 'CO_TENANT')",
          id,
          coTenant,
          owner.userId());
    }
    sql.execute(
        "update leaseport.leases set status = ?::leaseport.lease_status where id = ?", status, id);
    return id;
  }

  /** A charge as the jobs and payments leave it; RENT covers the month of its due date. */
  UUID charge(
      Caller owner,
      UUID lease,
      String currency,
      String kind,
      UUID parent,
      String description,
      long amount,
      String due,
      long paid,
      long refunded,
      String status) {
    boolean rent = kind.equals("RENT");
    return insertId(
        "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
            + " period_end, parent_charge_id, description, amount, due_date, amount_paid,"
            + " amount_refunded, status, voided_at) values (?, ?, ?, ?::leaseport.charge_kind,"
            + " ?::date, (?::date + interval '1 month' - interval '1 day')::date, ?, ?, ?,"
            + " ?::date, ?, ?, ?::leaseport.charge_status, ?::timestamptz) returning id",
        owner.userId(),
        lease,
        currency,
        kind,
        rent ? due : null,
        rent ? due : null,
        parent,
        description,
        amount,
        due,
        paid,
        refunded,
        status,
        status.equals("VOID") ? "2030-01-06T00:00:00Z" : null);
  }

  UUID payment(
      Caller owner,
      UUID charge,
      UUID lease,
      Caller payer,
      long amount,
      String currency,
      long fee,
      long refunded,
      String status,
      String methodKind,
      String intent,
      String failureCode,
      String createdAt) {
    return insertId(
        "insert into leaseport.payments (owner_id, charge_id, lease_id, payer_id, amount,"
            + " currency, application_fee_amount, amount_refunded, status, method_kind,"
            + " stripe_payment_intent_id, failure_code, created_at) values (?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?::leaseport.payment_status, ?::leaseport.payment_method_kind, ?, ?,"
            + " ?::timestamptz) returning id",
        owner.userId(),
        charge,
        lease,
        payer.userId(),
        amount,
        currency,
        fee,
        refunded,
        status,
        methodKind,
        intent,
        failureCode,
        createdAt);
  }

  /** {@code properties} new properties named "Property n", each with {@code perProperty} units. */
  void portfolio(Caller owner, int properties, int perProperty) {
    var sql = database.superuser();
    sql.execute(
        "insert into leaseport.properties (owner_id, name, address_line1, city, property_type)"
            + " select ?, 'Property ' || lpad(g::text, 6, '0'), g || ' Main Street',"
            + " 'Springfield', 'APARTMENT' from generate_series(1, ?) g",
        owner.userId(),
        properties);
    sql.execute(
        "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
            + " select p.owner_id, p.id, 'U' || lpad(g::text, 4, '0'), 100000 + g"
            + " from leaseport.properties p cross join generate_series(1, ?) g"
            + " where p.owner_id = ? and p.name like 'Property %'",
        perProperty, owner.userId());
  }

  private UUID insertId(String sql, Object... bindings) {
    return database.superuser().fetchSingle(sql, bindings).get(0, UUID.class);
  }
}
