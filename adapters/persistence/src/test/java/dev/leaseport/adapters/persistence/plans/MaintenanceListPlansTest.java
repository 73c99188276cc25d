package dev.leaseport.adapters.persistence.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.maintenance.JooqMaintenanceRepository;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.maintenance.MaintenanceFilter;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceSortField;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The maintenance lists at scale, for the large owner and for a renter of one of its units: the
 * renter policies are OR-ed with the owner's, and neither may turn a list into a sequential scan of
 * requests, units or properties.
 */
class MaintenanceListPlansTest extends DatabaseTest {
  private static final String TABLE_SCANS =
      "select coalesce(string_agg(n ->> 'Relation Name', ', '), '') from jsonb_path_query(?::jsonb,"
          + " 'strict $.**') n where jsonb_typeof(n) = 'object' and n ->> 'Node Type' = 'Seq"
          + " Scan' and n ->> 'Relation Name' in ('maintenance_requests', 'maintenance_events',"
          + " 'properties', 'units')";

  private final JooqMaintenanceRepository requests = new JooqMaintenanceRepository(transactions);

  @Test
  void ownerAndRenterListsUseIndexesAtScale() {
    Caller owner = newOwner();
    Caller renter = newTenant();
    ScaleFixture.load(database().superuser(), owner.userId());
    UUID unit = aRequestForEveryUnitAndOneLetUnit(owner, renter);
    UUID request = someRequestOf(unit);

    Map<String, Supplier<List<String>>> lists = new LinkedHashMap<>();
    lists.put("owner: list", () -> captured(owner, () -> list(MaintenanceFilter.none(), null)));
    lists.put(
        "owner: ?status=ON_HOLD",
        () ->
            captured(
                owner, () -> list(filter(Optional.of(MaintenanceStatus.ON_HOLD), null), null)));
    lists.put(
        "owner: ?unitId", () -> captured(owner, () -> list(filter(Optional.empty(), unit), null)));
    for (MaintenanceSortField field : MaintenanceSortField.values()) {
      lists.put(
          "owner: ?sort=-" + field,
          () -> captured(owner, () -> list(MaintenanceFilter.none(), field)));
    }
    lists.put("owner: events", () -> captured(owner, () -> requests.history(request, page())));
    lists.put("renter: list", () -> captured(renter, () -> list(MaintenanceFilter.none(), null)));
    lists.put("renter: events", () -> captured(renter, () -> requests.history(request, page())));

    Map<String, String> scans = new LinkedHashMap<>();
    lists.forEach(
        (name, statements) -> {
          Caller caller = name.startsWith("owner") ? owner : renter;
          List<String> sent = statements.get();
          assertThat(sent).as(name).isNotEmpty();
          for (String sql : sent) {
            scans.merge(name, scalar(explained(caller, sql)), String::concat);
          }
        });

    assertThat(scans).containsOnlyKeys(lists.keySet());
    assertThat(scans).allSatisfy((name, found) -> assertThat(found).as(name).isEmpty());
  }

  /**
   * One OPEN request per unit of the fixture (past the triggers: no events are needed here), and an
   * ACTIVE lease of one of the large owner's units to {@code renter}; returns that unit.
   */
  private UUID aRequestForEveryUnitAndOneLetUnit(Caller owner, Caller renter) {
    var sql = database().superuser();
    sql.transaction(
        configuration -> {
          configuration.dsl().execute("set local session_replication_role = replica");
          configuration
              .dsl()
              .execute(
                  "insert into leaseport.maintenance_requests (owner_id, unit_id, requested_by,"
                      + " title, priority, status, created_at) select u.owner_id, u.id,"
                      + " u.owner_id, 'Request ' || u.unit_number, (array['LOW', 'MEDIUM',"
                      + " 'HIGH', 'URGENT'])[1 + (row_number() over ()) % 4]::"
                      + "leaseport.maintenance_priority, (array['OPEN', 'IN_PROGRESS',"
                      + " 'ON_HOLD'])[1 + (row_number() over ()) % 3]::"
                      + "leaseport.maintenance_status, now() - (row_number() over ()) * interval"
                      + " '1 second' from leaseport.units u");
          configuration
              .dsl()
              .execute(
                  "insert into leaseport.maintenance_events (request_id, owner_id, to_status,"
                      + " actor_id, at) select r.id, r.owner_id, 'OPEN', r.requested_by,"
                      + " r.created_at from leaseport.maintenance_requests r");
        });
    UUID unit =
        sql.fetchSingle(
                "select id from leaseport.units where owner_id = ? order by id limit 1",
                owner.userId())
            .get(0, UUID.class);
    UUID tenant =
        sql.fetchSingle(
                "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
                    + " values (?, 'Ada', 'Renter', 'ada@scale.test', ?) returning id",
                owner.userId(),
                renter.userId())
            .get(0, UUID.class);
    UUID lease =
        sql.fetchSingle(
                "insert into leaseport.leases (owner_id, unit_id, start_date, end_date,"
                    + " rent_amount) values (?, ?, '2030-01-01', '2030-12-31', 100000)"
                    + " returning id",
                owner.userId(),
                unit)
            .get(0, UUID.class);
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " values (?, ?, ?, 'PRIMARY')",
        lease,
        tenant,
        owner.userId());
    sql.execute("update leaseport.leases set status = 'ACTIVE' where id = ?", lease);
    sql.execute(
        "vacuum analyze leaseport.maintenance_requests, leaseport.maintenance_events,"
            + " leaseport.leases, leaseport.lease_tenants, leaseport.tenants");
    return unit;
  }

  private UUID someRequestOf(UUID unit) {
    return database()
        .superuser()
        .fetchSingle("select id from leaseport.maintenance_requests where unit_id = ?", unit)
        .get(0, UUID.class);
  }

  private void list(MaintenanceFilter filter, MaintenanceSortField descending) {
    requests.list(
        filter,
        descending == null
            ? new Sort<>(MaintenanceSortField.CREATED_AT, Direction.DESCENDING)
            : new Sort<>(descending, Direction.DESCENDING),
        page());
  }

  private static MaintenanceFilter filter(Optional<MaintenanceStatus> status, UUID unit) {
    return new MaintenanceFilter(
        status,
        Optional.<MaintenancePriority>empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(unit),
        Optional.empty());
  }

  private static PageRequest page() {
    return new PageRequest(20, 0);
  }

  /** The statements {@code work} sends as {@code caller}, values inlined, set-up left out. */
  private List<String> captured(Caller caller, Runnable work) {
    List<String> statements = new ArrayList<>();
    ExecuteListener capture =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            if (ctx.query() != null && !ctx.sql().contains("provision_caller")) {
              statements.add(ctx.dsl().renderInlined(ctx.query()));
            }
          }
        };
    DSLContext capturing =
        DSL.using(database().authenticator().configuration().deriveAppending(capture));
    new dev.leaseport.adapters.persistence.tier.JooqUserTransactions(capturing, transactions)
        .run(
            caller,
            () -> {
              work.run();
              return null;
            });
    return statements;
  }

  private String explained(Caller caller, String sql) {
    return as(
        caller,
        () -> transactions.dsl().fetchSingle("explain (format json) " + sql).get(0, String.class));
  }

  private String scalar(String plan) {
    return database().superuser().fetchSingle(TABLE_SCANS, plan).get(0, String.class);
  }
}
