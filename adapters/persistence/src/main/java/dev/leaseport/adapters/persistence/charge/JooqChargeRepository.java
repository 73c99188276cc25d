package dev.leaseport.adapters.persistence.charge;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.CHARGES;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeFilter;
import dev.leaseport.domain.charge.ChargeRepository;
import dev.leaseport.domain.charge.ChargeSortField;
import dev.leaseport.domain.charge.NewCharge;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SortField;

/**
 * Charges the caller may read (RLS: the owner's, or those of a lease the renter is party to); the
 * owner adds and voids them through {@code add_charge} and {@code void_charge}, since requests hold
 * no write grant on the table.
 */
public final class JooqChargeRepository implements ChargeRepository {
  private static final SelectField<Charge> CHARGE =
      row(
              CHARGES.ID,
              CHARGES.LEASE_ID,
              CHARGES.KIND,
              CHARGES.PERIOD_START.convertFrom(Optional::ofNullable),
              CHARGES.PERIOD_END.convertFrom(Optional::ofNullable),
              CHARGES.PARENT_CHARGE_ID.convertFrom(Optional::ofNullable),
              CHARGES.DESCRIPTION,
              row(CHARGES.AMOUNT, CHARGES.CURRENCY).mapping(Money::new),
              CHARGES.DUE_DATE,
              CHARGES.AMOUNT_PAID,
              CHARGES.AMOUNT_REFUNDED,
              CHARGES.AMOUNT_PENDING,
              CHARGES.STATUS,
              CHARGES.VOIDED_AT.convertFrom(Optional::ofNullable),
              CHARGES.CREATED_AT,
              CHARGES.UPDATED_AT,
              CHARGES.VERSION)
          .mapping(Charge::new);

  private final TransactionContext transactions;

  public JooqChargeRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public UUID add(UUID leaseId, NewCharge charge) {
    return Routines.addCharge(
        dsl().configuration(),
        leaseId,
        charge.description(),
        charge.amount().amount(),
        charge.amount().currency(),
        charge.dueDate());
  }

  @Override
  public Optional<Charge> findById(UUID id) {
    return dsl()
        .select(CHARGE)
        .from(CHARGES)
        .where(CHARGES.ID.eq(id))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Page<Charge> list(ChargeFilter filter, Sort<ChargeSortField> sort, PageRequest page) {
    return PagedQuery.fetch(
        dsl(), CHARGE, CHARGES, where(filter), List.of(orderBy(sort), CHARGES.ID.asc()), page);
  }

  @Override
  public void voidCharge(UUID id) {
    Routines.voidCharge(dsl().configuration(), id);
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }

  private static Condition where(ChargeFilter filter) {
    Condition condition = noCondition();
    if (filter.leaseId().isPresent()) {
      condition = condition.and(CHARGES.LEASE_ID.eq(filter.leaseId().get()));
    }
    if (filter.status().isPresent()) {
      condition = condition.and(CHARGES.STATUS.eq(filter.status().get()));
    }
    if (filter.kind().isPresent()) {
      condition = condition.and(CHARGES.KIND.eq(filter.kind().get()));
    }
    if (filter.dueFrom().isPresent()) {
      condition = condition.and(CHARGES.DUE_DATE.ge(filter.dueFrom().get()));
    }
    if (filter.dueTo().isPresent()) {
      condition = condition.and(CHARGES.DUE_DATE.le(filter.dueTo().get()));
    }
    return condition;
  }

  private static SortField<?> orderBy(Sort<ChargeSortField> sort) {
    Field<?> column =
        switch (sort.field()) {
          case DUE_DATE -> CHARGES.DUE_DATE;
          case CREATED_AT -> CHARGES.CREATED_AT;
          case AMOUNT -> CHARGES.AMOUNT;
        };
    return sort.direction() == Direction.DESCENDING ? column.desc() : column.asc();
  }
}
