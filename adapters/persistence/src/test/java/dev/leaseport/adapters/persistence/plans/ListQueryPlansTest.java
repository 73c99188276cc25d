package dev.leaseport.adapters.persistence.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.invitation.JooqInvitationRepository;
import dev.leaseport.adapters.persistence.lease.JooqLeaseRepository;
import dev.leaseport.adapters.persistence.property.JooqPropertyRepository;
import dev.leaseport.adapters.persistence.tenant.JooqTenantRepository;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.adapters.persistence.tier.JooqUserTransactions;
import dev.leaseport.adapters.persistence.unit.JooqUnitRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.invitation.InvitationFilter;
import dev.leaseport.domain.invitation.InvitationSortField;
import dev.leaseport.domain.invitation.InvitationState;
import dev.leaseport.domain.lease.LeaseFilter;
import dev.leaseport.domain.lease.LeaseSortField;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.tenant.TenantFilter;
import dev.leaseport.domain.tenant.TenantSortField;
import dev.leaseport.domain.tenant.TenantStatus;
import dev.leaseport.domain.unit.UnitFilter;
import dev.leaseport.domain.unit.UnitSortField;
import dev.leaseport.domain.unit.UnitStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Every list and filter the repositories issue, as the large owner of a fixture with many owners:
 * the SQL is captured from the real repository call (jOOQ renders it with its values inlined) and
 * explained in a user-tier transaction, so row-level security is part of the plan. No plan may scan
 * a large table sequentially.
 */
class ListQueryPlansTest extends DatabaseTest {
  private static final PageRequest PAGE = new PageRequest(20, 0);
  private static final String TABLE_SCANS =
      "select coalesce(string_agg(n ->> 'Relation Name', ', '), '') from jsonb_path_query(?::jsonb,"
          + " 'strict $.**') n where jsonb_typeof(n) = 'object' and n ->> 'Node Type' = 'Seq"
          + " Scan' and n ->> 'Relation Name' in ('properties', 'units', 'tenants', 'leases',"
          + " 'lease_tenants', 'invitations')";
  private static final String INDEXES_USED =
      "select coalesce(string_agg(distinct n ->> 'Index Name', ', '), '') from"
          + " jsonb_path_query(?::jsonb, 'strict $.**') n where jsonb_typeof(n) = 'object' and n"
          + " ->> 'Index Name' is not null";

  private final JooqPropertyRepository properties = new JooqPropertyRepository(transactions);
  private final JooqUnitRepository units = new JooqUnitRepository(transactions);
  private final JooqTenantRepository tenants = new JooqTenantRepository(transactions);
  private final JooqLeaseRepository leases = new JooqLeaseRepository(transactions);
  private final JooqInvitationRepository invitations = new JooqInvitationRepository(transactions);

  @Test
  void everyListAndFilterUsesAnIndexAtScale() {
    Caller owner = newOwner();
    ScaleFixture.load(database().superuser(), owner.userId());
    UUID largeProperty = someProperty(owner);
    UUID leasedUnit = someId(owner, "select unit_id from leaseport.leases");
    UUID partyTenant = someId(owner, "select tenant_id from leaseport.lease_tenants");

    Map<String, Runnable> lists = new LinkedHashMap<>();
    lists.put("properties", () -> properties(PropertyFilter.none(), PropertySortField.NAME));
    lists.put(
        "properties?status=ARCHIVED",
        () ->
            properties(
                new PropertyFilter(
                    Optional.of(PropertyStatus.ARCHIVED),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                PropertySortField.NAME));
    lists.put(
        "properties?propertyType=CONDO",
        () ->
            properties(
                new PropertyFilter(
                    Optional.empty(),
                    Optional.of(PropertyType.CONDO),
                    Optional.empty(),
                    Optional.empty()),
                PropertySortField.NAME));
    lists.put(
        "properties?city=ogdenville",
        () ->
            properties(
                new PropertyFilter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("ogdenville"),
                    Optional.empty()),
                PropertySortField.NAME));
    lists.put("properties?q=harbour", () -> properties(search("harbour"), PropertySortField.NAME));
    for (PropertySortField field : PropertySortField.values()) {
      for (Direction direction : Direction.values()) {
        lists.put(
            "properties?sort=" + field + "," + direction,
            () -> properties(PropertyFilter.none(), new Sort<>(field, direction)));
      }
    }
    lists.put("units", () -> units(noUnitFilter(), UnitSortField.UNIT_NUMBER));
    lists.put(
        "units?propertyId",
        () -> units(UnitFilter.ofProperty(largeProperty), UnitSortField.UNIT_NUMBER));
    lists.put(
        "units?status=MAINTENANCE",
        () ->
            units(
                new UnitFilter(
                    Optional.empty(),
                    Optional.of(UnitStatus.MAINTENANCE),
                    OptionalInt.empty(),
                    OptionalLong.empty()),
                UnitSortField.UNIT_NUMBER));
    lists.put(
        "units?minBedrooms=4",
        () ->
            units(
                new UnitFilter(
                    Optional.empty(), Optional.empty(), OptionalInt.of(4), OptionalLong.empty()),
                UnitSortField.UNIT_NUMBER));
    lists.put(
        "units?maxRent=60000",
        () ->
            units(
                new UnitFilter(
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.empty(),
                    OptionalLong.of(60000)),
                UnitSortField.UNIT_NUMBER));
    for (UnitSortField field : UnitSortField.values()) {
      for (Direction direction : Direction.values()) {
        lists.put(
            "units?sort=" + field + "," + direction,
            () -> units(noUnitFilter(), new Sort<>(field, direction)));
      }
    }
    lists.put("tenants", () -> tenants(TenantFilter.none(), TenantSortField.LAST_NAME));
    lists.put(
        "tenants?status=ARCHIVED",
        () ->
            tenants(
                new TenantFilter(Optional.of(TenantStatus.ARCHIVED), Optional.empty()),
                TenantSortField.LAST_NAME));
    lists.put(
        "tenants?q=last12",
        () ->
            tenants(
                new TenantFilter(Optional.empty(), Optional.of("last12")),
                TenantSortField.LAST_NAME));
    for (TenantSortField field : TenantSortField.values()) {
      for (Direction direction : Direction.values()) {
        lists.put(
            "tenants?sort=" + field + "," + direction,
            () -> tenants(TenantFilter.none(), new Sort<>(field, direction)));
      }
    }
    lists.put("leases", () -> leases(LeaseFilter.none(), LeaseSortField.START_DATE));
    lists.put(
        "leases?status=ACTIVE",
        () ->
            leases(
                new LeaseFilter(
                    Optional.of(LeaseStatus.ACTIVE),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.empty()),
                LeaseSortField.START_DATE));
    lists.put(
        "leases?propertyId",
        () ->
            leases(
                new LeaseFilter(
                    Optional.empty(),
                    Optional.of(largeProperty),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.empty()),
                LeaseSortField.START_DATE));
    lists.put(
        "leases?unitId",
        () ->
            leases(
                new LeaseFilter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(leasedUnit),
                    Optional.empty(),
                    OptionalInt.empty()),
                LeaseSortField.START_DATE));
    lists.put(
        "leases?tenantId",
        () ->
            leases(
                new LeaseFilter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(partyTenant),
                    OptionalInt.empty()),
                LeaseSortField.START_DATE));
    lists.put(
        "leases?expiringWithinDays=60",
        () ->
            leases(
                new LeaseFilter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.of(60)),
                LeaseSortField.END_DATE));
    for (LeaseSortField field : LeaseSortField.values()) {
      for (Direction direction : Direction.values()) {
        lists.put(
            "leases?sort=" + field + "," + direction,
            () -> leases(LeaseFilter.none(), new Sort<>(field, direction)));
      }
    }
    lists.put(
        "invitations", () -> invitations(InvitationFilter.none(), InvitationSortField.CREATED_AT));
    for (InvitationState state : InvitationState.values()) {
      lists.put(
          "invitations?state=" + state,
          () ->
              invitations(
                  new InvitationFilter(Optional.of(state), Optional.empty()),
                  InvitationSortField.CREATED_AT));
    }
    lists.put(
        "invitations?tenantId",
        () ->
            invitations(
                new InvitationFilter(Optional.empty(), Optional.of(partyTenant)),
                InvitationSortField.CREATED_AT));
    for (InvitationSortField field : InvitationSortField.values()) {
      for (Direction direction : Direction.values()) {
        lists.put(
            "invitations?sort=" + field + "," + direction,
            () -> invitations(InvitationFilter.none(), new Sort<>(field, direction)));
      }
    }

    Map<String, String> tableScans = new LinkedHashMap<>();
    Map<String, String> indexes = new LinkedHashMap<>();
    lists.forEach(
        (name, list) -> {
          List<String> statements = captured(owner, list);
          assertThat(statements).as(name + ": statements sent").isNotEmpty();
          for (String sql : statements) {
            String plan = explained(owner, sql);
            tableScans.merge(name, scalar(TABLE_SCANS, plan), String::concat);
            indexes.merge(name, scalar(INDEXES_USED, plan), (a, b) -> a + ", " + b);
          }
        });

    assertThat(tableScans).as("sequential scans of a large table").containsOnlyKeys(lists.keySet());
    assertThat(tableScans).allSatisfy((name, scans) -> assertThat(scans).as(name).isEmpty());
    // No trigram index can serve q= under row-level security: ILIKE is not leakproof, so
    // PostgreSQL applies it only after the policy and never as an index condition (ADR 0016).
    // The owner's index bounds the search to the owner's own rows.
    assertThat(indexes.get("properties?q=harbour")).contains("properties_owner_id_idx");
    // Leases name their owner in the list's own SQL besides the policies (owner, or party to it):
    // one scan of the owner's index instead of OR-ing it with the renter's leases.
    assertThat(indexes.get("leases"))
        .contains("leases_owner_id_idx")
        .doesNotContain("leases_id_owner_key");
  }

  /** The check above would see a sequential scan: here is one it must find. */
  @Test
  void theScanCheckFindsASequentialScan() {
    String plan =
        database()
            .superuser()
            .fetchSingle(
                "explain (format json) select * from leaseport.properties where description is"
                    + " null")
            .get(0, String.class);

    assertThat(scalar(TABLE_SCANS, plan)).isEqualTo("properties");
  }

  private void properties(PropertyFilter filter, PropertySortField field) {
    properties(filter, Sort.ascending(field));
  }

  private void properties(PropertyFilter filter, Sort<PropertySortField> sort) {
    properties.list(filter, sort, PAGE);
  }

  private void units(UnitFilter filter, UnitSortField field) {
    units(filter, Sort.ascending(field));
  }

  private void units(UnitFilter filter, Sort<UnitSortField> sort) {
    units.list(filter, sort, PAGE);
  }

  private void tenants(TenantFilter filter, TenantSortField field) {
    tenants(filter, Sort.ascending(field));
  }

  private void tenants(TenantFilter filter, Sort<TenantSortField> sort) {
    tenants.list(filter, sort, PAGE);
  }

  private void leases(LeaseFilter filter, LeaseSortField field) {
    leases(filter, Sort.ascending(field));
  }

  private void leases(LeaseFilter filter, Sort<LeaseSortField> sort) {
    leases.list(filter, sort, PAGE);
  }

  private void invitations(InvitationFilter filter, InvitationSortField field) {
    invitations(filter, Sort.ascending(field));
  }

  private void invitations(InvitationFilter filter, Sort<InvitationSortField> sort) {
    invitations.list(filter, sort, PAGE);
  }

  private static PropertyFilter search(String text) {
    return new PropertyFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text));
  }

  private static UnitFilter noUnitFilter() {
    return new UnitFilter(
        Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalLong.empty());
  }

  private UUID someProperty(Caller owner) {
    return database()
        .superuser()
        .fetchSingle(
            "select id from leaseport.properties where owner_id = ? order by name limit 1",
            owner.userId())
        .get(0, UUID.class);
  }

  private UUID someId(Caller owner, String select) {
    return database()
        .superuser()
        .fetchSingle(select + " where owner_id = ? order by 1 limit 1", owner.userId())
        .get(0, UUID.class);
  }

  /**
   * The statements {@code list} sends in a user-tier transaction, rendered with their values
   * inlined; the tier's own first statement (role, claims, provisioning) is left out.
   */
  private List<String> captured(Caller owner, Runnable list) {
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
    new JooqUserTransactions(capturing, transactions)
        .run(
            owner,
            () -> {
              list.run();
              return null;
            });
    return statements;
  }

  private String explained(Caller owner, String sql) {
    return as(
        owner,
        () -> transactions.dsl().fetchSingle("explain (format json) " + sql).get(0, String.class));
  }

  private String scalar(String sql, String plan) {
    return database().superuser().fetchSingle(sql, plan).get(0, String.class);
  }
}
