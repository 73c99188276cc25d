package dev.leaseport.adapters.persistence.maintenance;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.NewMaintenanceRequest;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * An owner with two units of one property: the renter leases the first, the neighbour (another
 * renter of the same owner) the second, both ACTIVE. Rows are arranged as superuser, as the lease
 * flow leaves them; what is tested goes through the user tier.
 */
abstract class MaintenanceTest extends DatabaseTest {
  protected final JooqMaintenanceRepository requests = new JooqMaintenanceRepository(transactions);
  protected Caller owner;
  protected Caller renter;
  protected Caller neighbour;
  protected UUID property;
  protected UUID unit;
  protected UUID neighboursUnit;
  protected UUID lease;
  protected UUID neighboursLease;

  @BeforeEach
  void anOwnerWithTwoLetUnits() {
    owner = newOwner();
    renter = newTenant();
    neighbour = newTenant();
    property = propertyOf(owner);
    unit = unitOf(owner, property, "1A");
    neighboursUnit = unitOf(owner, property, "1B");
    lease = leaseOf(owner, unit, renter, "ACTIVE");
    neighboursLease = leaseOf(owner, neighboursUnit, neighbour, "ACTIVE");
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

  /** A lease of {@code unit} to a tenant record of {@code owner} linked to {@code renter}. */
  protected UUID leaseOf(Caller owner, UUID unit, Caller renter, String status) {
    var sql = database().superuser();
    UUID tenant =
        sql.fetchOptional(
                "select id from leaseport.tenants where owner_id = ? and user_id = ?",
                owner.userId(),
                renter.userId())
            .map(r -> r.get(0, UUID.class))
            .orElseGet(
                () ->
                    sql.fetchSingle(
                            "insert into leaseport.tenants (owner_id, first_name, last_name,"
                                + " email, user_id) values (?, 'Ada', 'Renter', ?, ?)"
                                + " returning id",
                            owner.userId(),
                            renter.userId() + "@example.test",
                            renter.userId())
                        .get(0, UUID.class));
    UUID id =
        sql.fetchSingle(
                "insert into leaseport.leases (owner_id, unit_id, start_date, end_date,"
                    + " rent_amount) values (?, ?, current_date - 30, current_date + 335, 150000)"
                    + " returning id",
                owner.userId(),
                unit)
            .get(0, UUID.class);
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " values (?, ?, ?, 'PRIMARY')",
        id,
        tenant,
        owner.userId());
    sql.execute(
        "update leaseport.leases set status = ?::leaseport.lease_status where id = ?", status, id);
    return id;
  }

  protected void endLease(UUID lease) {
    database()
        .superuser()
        .execute("update leaseport.leases set status = 'ENDED' where id = ?", lease);
  }

  protected MaintenanceRequest file(Caller caller, UUID unit, String title) {
    return as(caller, () -> requests.file(newRequest(unit, title)));
  }

  protected static NewMaintenanceRequest newRequest(UUID unit, String title) {
    return new NewMaintenanceRequest(
        unit,
        title,
        Optional.of("Under the kitchen sink"),
        MaintenanceCategory.PLUMBING,
        MaintenancePriority.HIGH);
  }

  protected Optional<MaintenanceRequest> read(Caller caller, UUID id) {
    return as(caller, () -> requests.findById(id));
  }

  protected long events(UUID request) {
    return database()
        .count("select count(*) from leaseport.maintenance_events where request_id = ?", request);
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
