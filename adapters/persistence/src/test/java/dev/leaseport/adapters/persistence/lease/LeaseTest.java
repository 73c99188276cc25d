package dev.leaseport.adapters.persistence.lease;

import static dev.leaseport.domain.testdata.LeaseTestData.newLease;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.SigningContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * An owner with a property, a unit and a tenant record linked to a renter. Tenant records are
 * linked only by accepting an invitation; these tests link them with a superuser update instead, as
 * the acceptance leaves them.
 */
abstract class LeaseTest extends DatabaseTest {
  protected final JooqLeaseRepository leases = new JooqLeaseRepository(transactions);
  protected Caller owner;
  protected Caller renter;
  protected UUID property;
  protected UUID unit;
  protected UUID tenant;

  @BeforeEach
  void anOwnerWithAUnitAndALinkedTenant() {
    owner = newOwner();
    renter = newTenant();
    property = propertyOf(owner);
    unit = unitOf(owner, property, "1A");
    tenant = tenantRecordOf(owner, "Ada", "ada@example.test");
    link(tenant, renter);
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

  protected UUID unitOf(Caller owner, UUID property, String number) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                + " values (?, ?, ?, 150000) returning id",
            owner.userId(),
            property,
            number)
        .get(0, UUID.class);
  }

  protected UUID tenantRecordOf(Caller owner, String firstName, String email) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.tenants (owner_id, first_name, last_name, email)"
                + " values (?, ?, 'Renter', ?) returning id",
            owner.userId(),
            firstName,
            email)
        .get(0, UUID.class);
  }

  /** Links a tenant record to a renter's user, as accepting an invitation does. */
  protected void link(UUID tenantRecord, Caller renter) {
    database()
        .superuser()
        .execute(
            "update leaseport.tenants set user_id = ? where id = ?", renter.userId(), tenantRecord);
  }

  protected Lease draft() {
    return draft(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
  }

  protected Lease draft(LocalDate start, LocalDate end) {
    return as(owner, () -> leases.create(owner.userId(), newLease(unit, tenant, start, end)));
  }

  protected Lease sent() {
    Lease lease = draft();
    as(
        owner,
        () -> {
          leases.send(lease.id());
          return null;
        });
    return lease;
  }

  protected LeaseStatus sign(Caller caller, UUID lease) {
    return as(caller, () -> leases.sign(lease, signedFrom("203.0.113.7")));
  }

  protected static SigningContext signedFrom(String ip) {
    return new SigningContext(Optional.of(ip), Optional.of("JUnit"));
  }

  protected Lease read(UUID lease) {
    return as(owner, () -> leases.findById(lease)).orElseThrow();
  }

  protected String unitStatus() {
    return database()
        .superuser()
        .fetchSingle("select status::text from leaseport.units where id = ?", unit)
        .get(0, String.class);
  }

  protected long notifications(Caller recipient, String type) {
    return database()
        .count(
            "select count(*) from leaseport.notifications where user_id = ? and type = ?::"
                + "leaseport.notification_type",
            recipient.userId(),
            type);
  }
}
