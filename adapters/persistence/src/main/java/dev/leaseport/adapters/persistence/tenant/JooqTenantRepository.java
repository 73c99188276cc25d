package dev.leaseport.adapters.persistence.tenant;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.TENANTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.TENANT_NOTES;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.support.ChangeSet;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.support.VersionedRows;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.tenant.NewTenant;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantChanges;
import dev.leaseport.domain.tenant.TenantFilter;
import dev.leaseport.domain.tenant.TenantRepository;
import dev.leaseport.domain.tenant.TenantSortField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;

/**
 * Tenant records, one statement per read, under the caller's RLS. {@code user_id} is read but never
 * written here: requests have no grant on it, only invitation acceptance sets it. The owner's notes
 * live in {@code tenant_notes}, which a linked renter cannot read (ADR 0002): reads join it, writes
 * change it in the same transaction, and a cleared note deletes its row.
 */
public final class JooqTenantRepository implements TenantRepository {
  /** Only the owner's policy lets notes through; for anyone else the join finds none. */
  private static final Table<?> TENANTS_WITH_NOTES =
      TENANTS.leftJoin(TENANT_NOTES).on(TENANT_NOTES.TENANT_ID.eq(TENANTS.ID));

  private static final SelectField<Tenant> TENANT =
      row(
              TENANTS.ID,
              TENANTS.OWNER_ID,
              TENANTS.FIRST_NAME,
              TENANTS.LAST_NAME,
              TENANTS.EMAIL,
              TENANTS.PHONE.convertFrom(Optional::ofNullable),
              TENANTS.EMERGENCY_CONTACT_NAME.convertFrom(Optional::ofNullable),
              TENANTS.EMERGENCY_CONTACT_PHONE.convertFrom(Optional::ofNullable),
              TENANT_NOTES.NOTES.convertFrom(Optional::ofNullable),
              TENANTS.USER_ID.convertFrom(Optional::ofNullable),
              TENANTS.STATUS,
              TENANTS.CREATED_AT,
              TENANTS.UPDATED_AT,
              TENANTS.VERSION)
          .mapping(Tenant::new);

  private final TransactionContext transactions;

  public JooqTenantRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public Tenant create(UUID ownerId, NewTenant tenant) {
    UUID id =
        dsl()
            .insertInto(TENANTS)
            .set(TENANTS.OWNER_ID, ownerId)
            .set(TENANTS.FIRST_NAME, tenant.firstName().strip())
            .set(TENANTS.LAST_NAME, tenant.lastName().strip())
            .set(TENANTS.EMAIL, tenant.email().strip())
            .set(TENANTS.PHONE, tenant.phone().map(String::strip).orElse(null))
            .set(TENANTS.EMERGENCY_CONTACT_NAME, tenant.emergencyContactName().orElse(null))
            .set(
                TENANTS.EMERGENCY_CONTACT_PHONE,
                tenant.emergencyContactPhone().map(String::strip).orElse(null))
            .returningResult(TENANTS.ID)
            .fetchSingle(Record1::value1);
    tenant.notes().ifPresent(notes -> writeNotes(id, ownerId, notes));
    return findById(id).orElseThrow();
  }

  @Override
  public Optional<Tenant> findById(UUID id) {
    return dsl()
        .select(TENANT)
        .from(TENANTS_WITH_NOTES)
        .where(TENANTS.ID.eq(id))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Page<Tenant> list(TenantFilter filter, Sort<TenantSortField> sort, PageRequest page) {
    return PagedQuery.fetch(dsl(), TENANT, TENANTS_WITH_NOTES, where(filter), orderBy(sort), page);
  }

  @Override
  public Optional<Tenant> update(UUID id, TenantChanges changes, Versioned expected) {
    ChangeSet set =
        new ChangeSet()
            .put(TENANTS.FIRST_NAME, changes.firstName(), String::strip)
            .put(TENANTS.LAST_NAME, changes.lastName(), String::strip)
            .put(TENANTS.EMAIL, changes.email(), String::strip)
            .put(TENANTS.PHONE, changes.phone(), String::strip)
            .put(TENANTS.EMERGENCY_CONTACT_NAME, changes.emergencyContactName())
            .put(TENANTS.EMERGENCY_CONTACT_PHONE, changes.emergencyContactPhone(), String::strip)
            .put(TENANTS.STATUS, changes.status());
    if (set.isEmpty() && !changes.notes().isChanged()) {
      Optional<Tenant> current = findById(id);
      return VersionedRows.isCurrent(current.map(Tenant::version), expected)
          ? current
          : Optional.empty();
    }
    // A note is part of the record: changing only the note still bumps the record's version (the
    // touch trigger does it on any update), so ETags and If-Match stay right.
    Map<Field<?>, Object> values =
        set.isEmpty() ? Map.of(TENANTS.STATUS, TENANTS.STATUS) : set.values();
    Optional<UUID> ownerId =
        dsl()
            .update(TENANTS)
            .set(values)
            .where(TENANTS.ID.eq(id))
            .and(VersionedRows.matching(TENANTS.VERSION, expected))
            .returningResult(TENANTS.OWNER_ID)
            .fetchOptional(Record1::value1);
    if (ownerId.isEmpty()) {
      VersionedRows.explainMiss(findById(id).map(Tenant::version), expected);
      return Optional.empty();
    }
    if (changes.notes() instanceof Change.SetTo<String> notes) {
      writeNotes(id, ownerId.get(), notes.value());
    } else if (changes.notes() instanceof Change.Cleared) {
      dsl().deleteFrom(TENANT_NOTES).where(TENANT_NOTES.TENANT_ID.eq(id)).execute();
    }
    return findById(id);
  }

  private void writeNotes(UUID tenantId, UUID ownerId, String notes) {
    dsl()
        .insertInto(TENANT_NOTES)
        .set(TENANT_NOTES.TENANT_ID, tenantId)
        .set(TENANT_NOTES.OWNER_ID, ownerId)
        .set(TENANT_NOTES.NOTES, notes)
        .onConflict(TENANT_NOTES.TENANT_ID)
        .doUpdate()
        .set(TENANT_NOTES.NOTES, notes)
        .execute();
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }

  private static Condition where(TenantFilter filter) {
    Condition condition = noCondition();
    if (filter.status().isPresent()) {
      condition = condition.and(TENANTS.STATUS.eq(filter.status().get()));
    }
    if (filter.text().isPresent()) {
      String text = filter.text().get();
      condition =
          condition.and(
              TENANTS
                  .FIRST_NAME
                  .containsIgnoreCase(text)
                  .or(TENANTS.LAST_NAME.containsIgnoreCase(text))
                  .or(TENANTS.EMAIL.containsIgnoreCase(text)));
    }
    return condition;
  }

  private static List<SortField<?>> orderBy(Sort<TenantSortField> sort) {
    boolean descending = sort.direction() == Direction.DESCENDING;
    return switch (sort.field()) {
      case LAST_NAME ->
          descending
              ? List.of(TENANTS.LAST_NAME.desc(), TENANTS.FIRST_NAME.desc(), TENANTS.ID.asc())
              : List.of(TENANTS.LAST_NAME.asc(), TENANTS.FIRST_NAME.asc(), TENANTS.ID.asc());
      case EMAIL ->
          List.of(descending ? TENANTS.EMAIL.desc() : TENANTS.EMAIL.asc(), TENANTS.ID.asc());
      case CREATED_AT ->
          List.of(
              descending ? TENANTS.CREATED_AT.desc() : TENANTS.CREATED_AT.asc(), TENANTS.ID.asc());
    };
  }
}
