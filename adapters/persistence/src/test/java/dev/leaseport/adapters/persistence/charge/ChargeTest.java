package dev.leaseport.adapters.persistence.charge;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * An owner with a property, and a renter linked to the owner's tenant record, as an accepted
 * invitation leaves it; leases are arranged as superuser in the state each test needs.
 */
abstract class ChargeTest extends DatabaseTest {
  protected Caller owner;
  protected Caller renter;
  protected UUID property;
  protected UUID tenant;
  private int units;

  @BeforeEach
  void anOwnerWithAPropertyAndALinkedRenter() {
    owner = newOwner();
    renter = newTenant();
    property = propertyOf(owner);
    tenant = tenantRecordOf(owner, renter, "ada@example.test");
  }

  protected UUID propertyOf(Caller owner) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.properties (owner_id, name, address_line1, city,"
                + " property_type) values (?, 'Elm Court', '1 Elm Street', 'Springfield',"
                + " 'APARTMENT') returning id",
            owner.userId())
        .get(0, UUID.class);
  }

  /** A tenant record of {@code owner} linked to {@code renter}'s user. */
  protected UUID tenantRecordOf(Caller owner, Caller renter, String email) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
                + " values (?, 'Ada', 'Renter', ?, ?) returning id",
            owner.userId(),
            email,
            renter.userId())
        .get(0, UUID.class);
  }

  /** An ACTIVE lease of a new unit of the owner's property, to {@link #tenant} as PRIMARY. */
  protected UUID activeLease(LocalDate start, LocalDate end, long rent, int dueDay) {
    return lease(owner, property, tenant, "ACTIVE", start, end, rent, dueDay, 0);
  }

  protected UUID lease(
      Caller owner,
      UUID property,
      UUID tenant,
      String status,
      LocalDate start,
      LocalDate end,
      long rent,
      int dueDay,
      long lateFee) {
    var sql = database().superuser();
    UUID unit =
        sql.fetchSingle(
                "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                    + " values (?, ?, ?, 150000) returning id",
                owner.userId(),
                property,
                "U" + ++units)
            .get(0, UUID.class);
    UUID lease =
        sql.fetchSingle(
                "insert into leaseport.leases (owner_id, unit_id, start_date, end_date,"
                    + " rent_amount, rent_due_day, late_fee_amount) values (?, ?, ?, ?, ?, ?, ?)"
                    + " returning id",
                owner.userId(),
                unit,
                start,
                end,
                rent,
                dueDay,
                lateFee)
            .get(0, UUID.class);
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " values (?, ?, ?, 'PRIMARY')",
        lease,
        tenant,
        owner.userId());
    sql.execute(
        "update leaseport.leases set status = ?::leaseport.lease_status where id = ?",
        status,
        lease);
    return lease;
  }

  /** A RENT charge of {@code lease} for the month starting {@code periodStart}, due that day. */
  protected UUID rentCharge(UUID lease, LocalDate periodStart, long amount) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
                + " period_end, description, amount, due_date)"
                + " select l.owner_id, l.id, l.currency, 'RENT', ?, ?, 'Rent', ?, ?"
                + " from leaseport.leases l where l.id = ? returning id",
            periodStart,
            periodStart.plusMonths(1).minusDays(1),
            amount,
            periodStart,
            lease)
        .get(0, UUID.class);
  }
}
