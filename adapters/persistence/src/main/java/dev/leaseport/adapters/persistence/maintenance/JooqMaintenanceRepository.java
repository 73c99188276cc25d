package dev.leaseport.adapters.persistence.maintenance;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.MAINTENANCE_EVENTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.MAINTENANCE_REQUESTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.UNITS;
import static org.jooq.impl.DSL.noCondition;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.support.ChangeSet;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.support.VersionedRows;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.maintenance.MaintenanceCancellation;
import dev.leaseport.domain.maintenance.MaintenanceChanges;
import dev.leaseport.domain.maintenance.MaintenanceEvent;
import dev.leaseport.domain.maintenance.MaintenanceFilter;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceSortField;
import dev.leaseport.domain.maintenance.NewMaintenanceRequest;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SortField;

/** Maintenance requests under the caller's RLS; the database writes their history. */
public final class JooqMaintenanceRepository implements MaintenanceRepository {
  private final TransactionContext transactions;

  public JooqMaintenanceRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public MaintenanceRequest file(NewMaintenanceRequest request) {
    UUID id =
        Routines.fileMaintenanceRequest(
            dsl().configuration(),
            request.unitId(),
            request.title(),
            request.description().orElse(null),
            request.category(),
            request.priority());
    return findById(id).orElseThrow(() -> new NotFoundException("Maintenance request"));
  }

  @Override
  public Optional<MaintenanceRequest> findById(UUID id) {
    return dsl()
        .select(MaintenanceProjection.REQUEST)
        .from(MaintenanceProjection.FROM)
        .where(MAINTENANCE_REQUESTS.ID.eq(id))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Page<MaintenanceRequest> list(
      MaintenanceFilter filter, Sort<MaintenanceSortField> sort, PageRequest page) {
    return PagedQuery.fetch(
        dsl(),
        MaintenanceProjection.REQUEST,
        MaintenanceProjection.FROM,
        where(filter),
        List.of(orderBy(sort), MAINTENANCE_REQUESTS.ID.asc()),
        page);
  }

  /**
   * One UPDATE whatever changes: a new status travels with its note in {@code status_note}, and the
   * status trigger checks the move and writes the event and the notification.
   */
  @Override
  public Optional<MaintenanceRequest> update(
      UUID id, MaintenanceChanges changes, Versioned expected) {
    ChangeSet set =
        new ChangeSet()
            .put(MAINTENANCE_REQUESTS.STATUS, changes.status())
            .put(MAINTENANCE_REQUESTS.PRIORITY, changes.priority())
            .put(MAINTENANCE_REQUESTS.SCHEDULED_FOR, changes.scheduledFor())
            .put(MAINTENANCE_REQUESTS.ESTIMATED_COST, changes.estimatedCost(), Money::amount)
            .put(MAINTENANCE_REQUESTS.ACTUAL_COST, changes.actualCost(), Money::amount)
            .put(
                MAINTENANCE_REQUESTS.STATUS_NOTE,
                changes.note().map(Change::to).orElseGet(Change::unchanged));
    if (set.isEmpty()) {
      return VersionedRows.isCurrent(currentVersion(id), expected)
          ? findById(id)
          : Optional.empty();
    }
    int updated =
        dsl()
            .update(MAINTENANCE_REQUESTS)
            .set(set.values())
            .where(MAINTENANCE_REQUESTS.ID.eq(id))
            .and(VersionedRows.matching(MAINTENANCE_REQUESTS.VERSION, expected))
            .execute();
    if (updated == 0) {
      VersionedRows.explainMiss(currentVersion(id), expected);
      return Optional.empty();
    }
    return findById(id);
  }

  @Override
  public void cancel(UUID id, MaintenanceCancellation cancellation) {
    Routines.cancelMaintenanceRequest(dsl().configuration(), id, cancellation.note().orElse(null));
  }

  /**
   * One statement for a page of events; only an empty first page costs a second look, to tell a
   * request the caller cannot see (every visible request has at least its filing event).
   */
  @Override
  public Optional<Page<MaintenanceEvent>> history(UUID id, PageRequest page) {
    Page<MaintenanceEvent> events =
        PagedQuery.fetch(
            dsl(),
            MaintenanceProjection.EVENT,
            MAINTENANCE_EVENTS,
            MAINTENANCE_EVENTS.REQUEST_ID.eq(id),
            List.of(MAINTENANCE_EVENTS.AT.asc(), MAINTENANCE_EVENTS.ID.asc()),
            page);
    if (events.total() == 0 && currentVersion(id).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(events);
  }

  private Optional<Long> currentVersion(UUID id) {
    return VersionedRows.currentVersion(
        dsl(), MAINTENANCE_REQUESTS.ID, id, MAINTENANCE_REQUESTS.VERSION);
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }

  private static Condition where(MaintenanceFilter filter) {
    Condition condition = noCondition();
    if (filter.status().isPresent()) {
      condition = condition.and(MAINTENANCE_REQUESTS.STATUS.eq(filter.status().get()));
    }
    if (filter.priority().isPresent()) {
      condition = condition.and(MAINTENANCE_REQUESTS.PRIORITY.eq(filter.priority().get()));
    }
    if (filter.category().isPresent()) {
      condition = condition.and(MAINTENANCE_REQUESTS.CATEGORY.eq(filter.category().get()));
    }
    if (filter.unitId().isPresent()) {
      condition = condition.and(MAINTENANCE_REQUESTS.UNIT_ID.eq(filter.unitId().get()));
    }
    if (filter.propertyId().isPresent()) {
      condition = condition.and(UNITS.PROPERTY_ID.eq(filter.propertyId().get()));
    }
    if (filter.q().isPresent()) {
      condition = condition.and(MAINTENANCE_REQUESTS.TITLE.containsIgnoreCase(filter.q().get()));
    }
    return condition;
  }

  private static SortField<?> orderBy(Sort<MaintenanceSortField> sort) {
    Field<?> column =
        switch (sort.field()) {
          case CREATED_AT -> MAINTENANCE_REQUESTS.CREATED_AT;
          case PRIORITY -> MAINTENANCE_REQUESTS.PRIORITY;
          case STATUS -> MAINTENANCE_REQUESTS.STATUS;
        };
    return sort.direction() == Direction.DESCENDING ? column.desc() : column.asc();
  }
}
