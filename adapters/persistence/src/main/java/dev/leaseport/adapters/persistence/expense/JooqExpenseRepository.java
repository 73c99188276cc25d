package dev.leaseport.adapters.persistence.expense;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.EXPENSES;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.MAINTENANCE_REQUESTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.PROPERTIES;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.UNITS;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import dev.leaseport.adapters.persistence.support.ChangeSet;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.support.VersionedRows;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.expense.Expense;
import dev.leaseport.domain.expense.ExpenseChanges;
import dev.leaseport.domain.expense.ExpenseFilter;
import dev.leaseport.domain.expense.ExpenseRepository;
import dev.leaseport.domain.expense.ExpenseSortField;
import dev.leaseport.domain.expense.NewExpense;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.ValidationException;
import dev.leaseport.domain.shared.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.SelectField;
import org.jooq.SortField;

/**
 * Expenses under the caller's RLS. Composite keys make a reference to another owner's property,
 * unit or maintenance request, or to a unit of another property, impossible whoever writes; one
 * read before each write says which reference is wrong, so the answer names it.
 */
public final class JooqExpenseRepository implements ExpenseRepository {
  private static final SelectField<Expense> EXPENSE =
      row(
              EXPENSES.ID,
              EXPENSES.OWNER_ID,
              EXPENSES.PROPERTY_ID,
              EXPENSES.UNIT_ID.convertFrom(Optional::ofNullable),
              EXPENSES.MAINTENANCE_REQUEST_ID.convertFrom(Optional::ofNullable),
              EXPENSES.CATEGORY,
              row(EXPENSES.AMOUNT, EXPENSES.CURRENCY).mapping(Money::new),
              EXPENSES.INCURRED_ON,
              EXPENSES.VENDOR.convertFrom(Optional::ofNullable),
              EXPENSES.DESCRIPTION.convertFrom(Optional::ofNullable),
              EXPENSES.CREATED_AT,
              EXPENSES.UPDATED_AT,
              EXPENSES.VERSION)
          .mapping(Expense::new);

  private final TransactionContext transactions;

  public JooqExpenseRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public Expense create(UUID ownerId, NewExpense expense) {
    requireReferences(
        expense.propertyId(),
        Optional.ofNullable(expense.unitId()),
        Optional.ofNullable(expense.maintenanceRequestId()));
    return dsl()
        .insertInto(
            EXPENSES,
            EXPENSES.OWNER_ID,
            EXPENSES.PROPERTY_ID,
            EXPENSES.UNIT_ID,
            EXPENSES.MAINTENANCE_REQUEST_ID,
            EXPENSES.CATEGORY,
            EXPENSES.AMOUNT,
            EXPENSES.CURRENCY,
            EXPENSES.INCURRED_ON,
            EXPENSES.VENDOR,
            EXPENSES.DESCRIPTION)
        .values(
            ownerId,
            expense.propertyId(),
            expense.unitId(),
            expense.maintenanceRequestId(),
            expense.category(),
            expense.amount().amount(),
            expense.amount().currency(),
            expense.incurredOn(),
            expense.vendor() == null ? null : expense.vendor().strip(),
            expense.description())
        .returningResult(EXPENSE)
        .fetchSingle(Record1::value1);
  }

  @Override
  public Optional<Expense> findById(UUID id) {
    return dsl()
        .select(EXPENSE)
        .from(EXPENSES)
        .where(EXPENSES.ID.eq(id))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Page<Expense> list(ExpenseFilter filter, Sort<ExpenseSortField> sort, PageRequest page) {
    return PagedQuery.fetch(
        dsl(), EXPENSE, EXPENSES, where(filter), List.of(orderBy(sort), EXPENSES.ID.asc()), page);
  }

  @Override
  public Optional<Expense> update(UUID id, ExpenseChanges changes, Versioned expected) {
    if (changes.propertyId().isChanged()
        || changes.unitId().isChanged()
        || changes.maintenanceRequestId().isChanged()) {
      Optional<Expense> current = findById(id);
      if (current.isEmpty()) {
        return Optional.empty();
      }
      requireReferences(
          changes.propertyId().newValue().orElse(current.get().propertyId()),
          changes.unitId().isChanged() ? changes.unitId().newValue() : current.get().unitId(),
          changes.maintenanceRequestId().newValue());
    }
    ChangeSet set =
        new ChangeSet()
            .put(EXPENSES.PROPERTY_ID, changes.propertyId())
            .put(EXPENSES.UNIT_ID, changes.unitId())
            .put(EXPENSES.MAINTENANCE_REQUEST_ID, changes.maintenanceRequestId())
            .put(EXPENSES.CATEGORY, changes.category())
            .put(EXPENSES.AMOUNT, changes.amount(), Money::amount)
            .put(EXPENSES.CURRENCY, changes.amount(), Money::currency)
            .put(EXPENSES.INCURRED_ON, changes.incurredOn())
            .put(EXPENSES.VENDOR, changes.vendor(), String::strip)
            .put(EXPENSES.DESCRIPTION, changes.description());
    if (set.isEmpty()) {
      return VersionedRows.isCurrent(currentVersion(id), expected)
          ? findById(id)
          : Optional.empty();
    }
    Optional<Expense> updated =
        dsl()
            .update(EXPENSES)
            .set(set.values())
            .where(EXPENSES.ID.eq(id))
            .and(VersionedRows.matching(EXPENSES.VERSION, expected))
            .returningResult(EXPENSE)
            .fetchOptional(Record1::value1);
    if (updated.isEmpty()) {
      VersionedRows.explainMiss(currentVersion(id), expected);
    }
    return updated;
  }

  @Override
  public boolean delete(UUID id, Versioned expected) {
    int deleted =
        dsl()
            .deleteFrom(EXPENSES)
            .where(EXPENSES.ID.eq(id))
            .and(VersionedRows.matching(EXPENSES.VERSION, expected))
            .execute();
    if (deleted == 0) {
      VersionedRows.explainMiss(currentVersion(id), expected);
    }
    return deleted == 1;
  }

  /**
   * One statement, under RLS: is the property visible, which property is the unit's, is the
   * maintenance request visible. Another owner's row is invisible, so it answers as an unknown id
   * (404); a unit of another of the caller's properties is a field error (422). The composite keys
   * still decide if a row changes between this read and the write.
   */
  private void requireReferences(
      UUID propertyId, Optional<UUID> unitId, Optional<UUID> maintenanceRequestId) {
    Field<UUID> unitsProperty =
        unitId.isPresent()
            ? field(select(UNITS.PROPERTY_ID).from(UNITS).where(UNITS.ID.eq(unitId.get())))
            : castNull(UNITS.PROPERTY_ID);
    Field<Boolean> requestSeen =
        maintenanceRequestId.isPresent()
            ? field(
                exists(
                    selectOne()
                        .from(MAINTENANCE_REQUESTS)
                        .where(MAINTENANCE_REQUESTS.ID.eq(maintenanceRequestId.get()))))
            : inline(true);
    Record3<Boolean, UUID, Boolean> seen =
        dsl()
            .select(
                field(exists(selectOne().from(PROPERTIES).where(PROPERTIES.ID.eq(propertyId)))),
                unitsProperty,
                requestSeen)
            .fetchSingle();
    if (!Boolean.TRUE.equals(seen.value1())) {
      throw new NotFoundException("Property");
    }
    if (unitId.isPresent() && seen.value2() == null) {
      throw new NotFoundException("Unit");
    }
    if (unitId.isPresent() && !propertyId.equals(seen.value2())) {
      throw ValidationException.of("unitId", "must be a unit of the expense's property");
    }
    if (!Boolean.TRUE.equals(seen.value3())) {
      throw new NotFoundException("Maintenance request");
    }
  }

  private Optional<Long> currentVersion(UUID id) {
    return VersionedRows.currentVersion(dsl(), EXPENSES.ID, id, EXPENSES.VERSION);
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }

  private static Condition where(ExpenseFilter filter) {
    Condition condition = noCondition();
    if (filter.propertyId().isPresent()) {
      condition = condition.and(EXPENSES.PROPERTY_ID.eq(filter.propertyId().get()));
    }
    if (filter.unitId().isPresent()) {
      condition = condition.and(EXPENSES.UNIT_ID.eq(filter.unitId().get()));
    }
    if (filter.category().isPresent()) {
      condition = condition.and(EXPENSES.CATEGORY.eq(filter.category().get()));
    }
    if (filter.from().isPresent()) {
      condition = condition.and(EXPENSES.INCURRED_ON.ge(filter.from().get()));
    }
    if (filter.to().isPresent()) {
      condition = condition.and(EXPENSES.INCURRED_ON.le(filter.to().get()));
    }
    return condition;
  }

  private static SortField<?> orderBy(Sort<ExpenseSortField> sort) {
    Field<?> column =
        switch (sort.field()) {
          case INCURRED_ON -> EXPENSES.INCURRED_ON;
          case AMOUNT -> EXPENSES.AMOUNT;
        };
    return sort.direction() == Direction.DESCENDING ? column.desc() : column.asc();
  }
}
