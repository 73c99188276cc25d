package dev.leaseport.adapters.persistence.unit;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.PROPERTIES;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.UNITS;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import dev.leaseport.adapters.persistence.support.ChangeSet;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.support.VersionedRows;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitFilter;
import dev.leaseport.domain.unit.UnitRepository;
import dev.leaseport.domain.unit.UnitSortField;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;

/** Units under the caller's RLS; the composite key to the property keeps owners apart. */
public final class JooqUnitRepository implements UnitRepository {
  private static final SelectField<Unit> UNIT =
      row(
              UNITS.ID,
              UNITS.OWNER_ID,
              UNITS.PROPERTY_ID,
              UNITS.UNIT_NUMBER,
              UNITS.BEDROOMS.convertFrom(JooqUnitRepository::optionalInt),
              UNITS.BATHROOMS.convertFrom(Optional::ofNullable),
              UNITS.SQUARE_FEET.convertFrom(JooqUnitRepository::optionalInt),
              row(UNITS.RENT_AMOUNT, UNITS.CURRENCY).mapping(Money::new),
              UNITS.STATUS,
              UNITS.CREATED_AT,
              UNITS.UPDATED_AT,
              UNITS.VERSION)
          .mapping(Unit::new);

  private final TransactionContext transactions;

  public JooqUnitRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  /**
   * Inserts only what the caller's property query sees: another owner's property yields no row to
   * insert, so the answer is 404 before the unit number is ever compared with theirs (a plain
   * insert would check the unique key first and answer 409, revealing that they have that unit).
   */
  @Override
  public Unit create(UUID ownerId, NewUnit unit) {
    try {
      return dsl()
          .insertInto(
              UNITS,
              UNITS.OWNER_ID,
              UNITS.PROPERTY_ID,
              UNITS.UNIT_NUMBER,
              UNITS.BEDROOMS,
              UNITS.BATHROOMS,
              UNITS.SQUARE_FEET,
              UNITS.RENT_AMOUNT,
              UNITS.CURRENCY,
              UNITS.STATUS)
          .select(
              select(
                      PROPERTIES.OWNER_ID,
                      PROPERTIES.ID,
                      val(unit.unitNumber().strip(), UNITS.UNIT_NUMBER),
                      val(unit.bedrooms(), UNITS.BEDROOMS),
                      val(unit.bathrooms(), UNITS.BATHROOMS),
                      val(unit.squareFeet(), UNITS.SQUARE_FEET),
                      val(unit.rentAmount().amount(), UNITS.RENT_AMOUNT),
                      val(unit.rentAmount().currency(), UNITS.CURRENCY),
                      val(unit.status(), UNITS.STATUS))
                  .from(PROPERTIES)
                  .where(PROPERTIES.ID.eq(unit.propertyId()))
                  .and(PROPERTIES.OWNER_ID.eq(ownerId)))
          .returningResult(UNIT)
          .fetchOptional()
          .map(Record1::value1)
          .orElseThrow(() -> new NotFoundException("Property"));
    } catch (DataAccessException e) {
      // The property went away between the select and the insert: still not found.
      if ("23503".equals(e.sqlState())) {
        throw new NotFoundException("Property");
      }
      throw e;
    }
  }

  @Override
  public Optional<Unit> findById(UUID id) {
    return dsl().select(UNIT).from(UNITS).where(UNITS.ID.eq(id)).fetchOptional(Record1::value1);
  }

  @Override
  public Page<Unit> list(UnitFilter filter, Sort<UnitSortField> sort, PageRequest page) {
    return PagedQuery.fetch(
        dsl(), UNIT, UNITS, where(filter), List.of(orderBy(sort), UNITS.ID.asc()), page);
  }

  @Override
  public Optional<Unit> update(UUID id, UnitChanges changes, Versioned expected) {
    ChangeSet set =
        new ChangeSet()
            .put(UNITS.UNIT_NUMBER, changes.unitNumber(), String::strip)
            .put(UNITS.BEDROOMS, changes.bedrooms())
            .put(UNITS.BATHROOMS, changes.bathrooms())
            .put(UNITS.SQUARE_FEET, changes.squareFeet())
            .put(UNITS.RENT_AMOUNT, changes.rentAmount(), Money::amount)
            .put(UNITS.CURRENCY, changes.rentAmount(), Money::currency)
            .put(UNITS.STATUS, changes.status());
    if (set.isEmpty()) {
      return VersionedRows.isCurrent(currentVersion(id), expected)
          ? findById(id)
          : Optional.empty();
    }
    Optional<Unit> updated =
        dsl()
            .update(UNITS)
            .set(set.values())
            .where(UNITS.ID.eq(id))
            .and(VersionedRows.matching(UNITS.VERSION, expected))
            .returningResult(UNIT)
            .fetchOptional(Record1::value1);
    if (updated.isEmpty()) {
      VersionedRows.explainMiss(currentVersion(id), expected);
    }
    return updated;
  }

  @Override
  public boolean delete(UUID id, Versioned expected) {
    try {
      int deleted =
          dsl()
              .deleteFrom(UNITS)
              .where(UNITS.ID.eq(id))
              .and(VersionedRows.matching(UNITS.VERSION, expected))
              .execute();
      if (deleted == 0) {
        VersionedRows.explainMiss(currentVersion(id), expected);
      }
      return deleted == 1;
    } catch (DataAccessException e) {
      if ("23503".equals(e.sqlState())) {
        throw new ConflictException(
            "conflict", "The unit has dependent records and cannot be deleted");
      }
      throw e;
    }
  }

  private Optional<Long> currentVersion(UUID id) {
    return VersionedRows.currentVersion(dsl(), UNITS.ID, id, UNITS.VERSION);
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }

  private static Condition where(UnitFilter filter) {
    Condition condition = noCondition();
    if (filter.propertyId().isPresent()) {
      condition = condition.and(UNITS.PROPERTY_ID.eq(filter.propertyId().get()));
    }
    if (filter.status().isPresent()) {
      condition = condition.and(UNITS.STATUS.eq(filter.status().get()));
    }
    if (filter.minBedrooms().isPresent()) {
      condition = condition.and(UNITS.BEDROOMS.ge(filter.minBedrooms().getAsInt()));
    }
    if (filter.maxRent().isPresent()) {
      condition = condition.and(UNITS.RENT_AMOUNT.le(filter.maxRent().getAsLong()));
    }
    return condition;
  }

  private static SortField<?> orderBy(Sort<UnitSortField> sort) {
    Field<?> column =
        switch (sort.field()) {
          case UNIT_NUMBER -> UNITS.UNIT_NUMBER;
          case CREATED_AT -> UNITS.CREATED_AT;
          case RENT_AMOUNT -> UNITS.RENT_AMOUNT;
          case BEDROOMS -> UNITS.BEDROOMS;
        };
    return sort.direction() == Direction.DESCENDING
        ? column.desc().nullsLast()
        : column.asc().nullsLast();
  }

  private static OptionalInt optionalInt(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
