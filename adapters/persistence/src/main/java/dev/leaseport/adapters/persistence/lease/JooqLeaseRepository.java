package dev.leaseport.adapters.persistence.lease;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.LEASES;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.LEASE_TENANTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.TENANTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.UNITS;
import static org.jooq.impl.DSL.currentLocalDate;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.localDateAdd;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.support.ChangeSet;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.support.VersionedRows;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseChanges;
import dev.leaseport.domain.lease.LeaseFilter;
import dev.leaseport.domain.lease.LeaseRenewal;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.lease.LeaseSortField;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.lease.LeaseTermination;
import dev.leaseport.domain.lease.NewLease;
import dev.leaseport.domain.lease.NewLeaseTenant;
import dev.leaseport.domain.lease.SigningContext;
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
import org.jooq.Row2;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;

/** Leases under the caller's RLS; composite keys keep a lease, its unit and tenants one owner's. */
public final class JooqLeaseRepository implements LeaseRepository {
  private final TransactionContext transactions;

  public JooqLeaseRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  /**
   * Inserts from what the caller's queries see, as units do: another owner's unit or tenant yields
   * no row, so the answer is 404 whatever exists elsewhere.
   */
  @Override
  public Lease create(UUID ownerId, NewLease lease) {
    UUID id =
        dsl()
            .insertInto(
                LEASES,
                LEASES.OWNER_ID,
                LEASES.UNIT_ID,
                LEASES.START_DATE,
                LEASES.END_DATE,
                LEASES.RENT_AMOUNT,
                LEASES.CURRENCY,
                LEASES.SECURITY_DEPOSIT,
                LEASES.RENT_DUE_DAY,
                LEASES.GRACE_PERIOD_DAYS,
                LEASES.LATE_FEE_AMOUNT)
            .select(
                select(
                        UNITS.OWNER_ID,
                        UNITS.ID,
                        val(lease.startDate(), LEASES.START_DATE),
                        val(lease.endDate(), LEASES.END_DATE),
                        val(lease.rentAmount().amount(), LEASES.RENT_AMOUNT),
                        val(lease.rentAmount().currency(), LEASES.CURRENCY),
                        val(lease.securityDeposit(), LEASES.SECURITY_DEPOSIT),
                        val(lease.rentDueDay(), LEASES.RENT_DUE_DAY),
                        val(lease.gracePeriodDays(), LEASES.GRACE_PERIOD_DAYS),
                        val(lease.lateFeeAmount(), LEASES.LATE_FEE_AMOUNT))
                    .from(UNITS)
                    .where(UNITS.ID.eq(lease.unitId()))
                    .and(UNITS.OWNER_ID.eq(ownerId)))
            .returningResult(LEASES.ID)
            .fetchOptional(Record1::value1)
            .orElseThrow(() -> new NotFoundException("Unit"));
    addTenants(id, ownerId, lease.tenants());
    return findById(id).orElseThrow(() -> new NotFoundException("Lease"));
  }

  private void addTenants(UUID leaseId, UUID ownerId, List<NewLeaseTenant> tenants) {
    if (tenants.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    Row2<UUID, LeaseTenantRole>[] rows =
        tenants.stream().map(t -> row(t.tenantId(), t.role())).toArray(Row2[]::new);
    var wanted = values(rows).as("wanted", "tenant_id", "role");
    Field<UUID> wantedId = wanted.field("tenant_id", UUID.class);
    Field<LeaseTenantRole> wantedRole = wanted.field("role", LEASE_TENANTS.ROLE.getDataType());
    int added;
    try {
      added =
          dsl()
              .insertInto(
                  LEASE_TENANTS,
                  LEASE_TENANTS.LEASE_ID,
                  LEASE_TENANTS.TENANT_ID,
                  LEASE_TENANTS.OWNER_ID,
                  LEASE_TENANTS.ROLE)
              .select(
                  select(val(leaseId), TENANTS.ID, TENANTS.OWNER_ID, wantedRole)
                      .from(wanted)
                      .join(TENANTS)
                      .on(TENANTS.ID.eq(wantedId))
                      .where(TENANTS.OWNER_ID.eq(ownerId)))
              .execute();
    } catch (DataAccessException e) {
      if ("23503".equals(e.sqlState())) {
        throw new NotFoundException("Tenant");
      }
      throw e;
    }
    if (added != tenants.size()) {
      throw new NotFoundException("Tenant");
    }
  }

  @Override
  public Optional<Lease> findById(UUID id) {
    return dsl()
        .select(LeaseProjection.LEASE)
        .from(LeaseProjection.FROM)
        .where(LEASES.ID.eq(id))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Page<Lease> list(LeaseFilter filter, Sort<LeaseSortField> sort, PageRequest page) {
    return PagedQuery.fetch(
        dsl(),
        LeaseProjection.LEASE,
        LeaseProjection.FROM,
        where(filter).and(transactions.ownedByCaller(LEASES.OWNER_ID)),
        List.of(orderBy(sort), LEASES.ID.asc()),
        page);
  }

  @Override
  public Optional<Lease> update(UUID id, LeaseChanges changes, Versioned expected) {
    ChangeSet set =
        new ChangeSet()
            .put(LEASES.START_DATE, changes.startDate())
            .put(LEASES.END_DATE, changes.endDate())
            .put(LEASES.RENT_AMOUNT, changes.rentAmount(), Money::amount)
            .put(LEASES.CURRENCY, changes.rentAmount(), Money::currency)
            .put(LEASES.SECURITY_DEPOSIT, changes.securityDeposit(), Money::amount)
            .put(LEASES.RENT_DUE_DAY, changes.rentDueDay())
            .put(LEASES.GRACE_PERIOD_DAYS, changes.gracePeriodDays())
            .put(LEASES.LATE_FEE_AMOUNT, changes.lateFeeAmount(), Money::amount);
    if (set.isEmpty()) {
      return VersionedRows.isCurrent(currentVersion(id), expected)
          ? findById(id)
          : Optional.empty();
    }
    int updated =
        dsl()
            .update(LEASES)
            .set(set.values())
            .where(LEASES.ID.eq(id))
            .and(VersionedRows.matching(LEASES.VERSION, expected))
            .execute();
    if (updated == 0) {
      VersionedRows.explainMiss(currentVersion(id), expected);
      return Optional.empty();
    }
    return findById(id);
  }

  @Override
  public void send(UUID id) {
    Routines.sendLease(dsl().configuration(), id);
  }

  @Override
  public LeaseStatus sign(UUID id, SigningContext context) {
    return Routines.signLease(
        dsl().configuration(),
        id,
        context.clientIp().orElse(null),
        context.userAgent().orElse(null));
  }

  @Override
  public void terminate(UUID id, LeaseTermination termination) {
    Routines.terminateLease(
        dsl().configuration(), id, termination.effectiveDate(), termination.reason().orElse(null));
  }

  @Override
  public void cancel(UUID id) {
    Routines.cancelLease(dsl().configuration(), id);
  }

  @Override
  public UUID renew(UUID id, LeaseRenewal renewal) {
    return Routines.renewLease(
        dsl().configuration(),
        id,
        renewal.endDate(),
        renewal.rentAmount().map(Money::amount).orElse(null));
  }

  private Optional<Long> currentVersion(UUID id) {
    return VersionedRows.currentVersion(dsl(), LEASES.ID, id, LEASES.VERSION);
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }

  private static Condition where(LeaseFilter filter) {
    Condition condition = noCondition();
    if (filter.status().isPresent()) {
      condition = condition.and(LEASES.STATUS.eq(filter.status().get()));
    }
    if (filter.unitId().isPresent()) {
      condition = condition.and(LEASES.UNIT_ID.eq(filter.unitId().get()));
    }
    if (filter.propertyId().isPresent()) {
      condition = condition.and(UNITS.PROPERTY_ID.eq(filter.propertyId().get()));
    }
    if (filter.tenantId().isPresent()) {
      condition =
          condition.and(
              exists(
                  selectOne()
                      .from(LEASE_TENANTS)
                      .where(LEASE_TENANTS.LEASE_ID.eq(LEASES.ID))
                      .and(LEASE_TENANTS.TENANT_ID.eq(filter.tenantId().get()))));
    }
    if (filter.expiringWithinDays().isPresent()) {
      condition =
          condition
              .and(LEASES.STATUS.eq(LeaseStatus.ACTIVE))
              .and(
                  LEASES.END_DATE.between(
                      currentLocalDate(),
                      localDateAdd(currentLocalDate(), filter.expiringWithinDays().getAsInt())));
    }
    return condition;
  }

  private static SortField<?> orderBy(Sort<LeaseSortField> sort) {
    Field<?> column =
        switch (sort.field()) {
          case START_DATE -> LEASES.START_DATE;
          case END_DATE -> LEASES.END_DATE;
          case CREATED_AT -> LEASES.CREATED_AT;
          case RENT_AMOUNT -> LEASES.RENT_AMOUNT;
        };
    return sort.direction() == Direction.DESCENDING ? column.desc() : column.asc();
  }
}
