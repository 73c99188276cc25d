package dev.leaseport.adapters.persistence.paymentmethod;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.PAYMENT_METHODS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.USERS;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.paymentmethod.PaymentMethodRepository;
import dev.leaseport.domain.paymentmethod.SavedPaymentMethod;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;

/**
 * Saved methods as row-level security shows them: the caller's own, so "mine" needs no condition.
 * The default and removal go through the database functions that lock the caller's user row, so a
 * user never has two defaults whatever runs at once.
 */
public final class JooqPaymentMethodRepository implements PaymentMethodRepository {
  private static final SelectField<SavedPaymentMethod> METHOD =
      row(
              PAYMENT_METHODS.ID,
              PAYMENT_METHODS.STRIPE_PAYMENT_METHOD_ID,
              PAYMENT_METHODS.KIND.convertFrom(PaymentMethodKind::valueOf),
              PAYMENT_METHODS.BRAND.convertFrom(Optional::ofNullable),
              PAYMENT_METHODS.BANK_NAME.convertFrom(Optional::ofNullable),
              PAYMENT_METHODS.LAST4.convertFrom(Optional::ofNullable),
              PAYMENT_METHODS.EXP_MONTH.convertFrom(Optional::ofNullable),
              PAYMENT_METHODS.EXP_YEAR.convertFrom(Optional::ofNullable),
              PAYMENT_METHODS.IS_DEFAULT,
              PAYMENT_METHODS.CREATED_AT)
          .mapping(SavedPaymentMethod::new);

  private final TransactionContext transactions;

  public JooqPaymentMethodRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  /** One statement: the page and the true total. */
  @Override
  public Page<SavedPaymentMethod> listMine(PageRequest page) {
    return PagedQuery.fetch(
        dsl(),
        METHOD,
        PAYMENT_METHODS,
        noCondition(),
        List.of(
            PAYMENT_METHODS.IS_DEFAULT.desc(),
            PAYMENT_METHODS.CREATED_AT.desc(),
            PAYMENT_METHODS.ID.asc()),
        page);
  }

  @Override
  public Optional<SavedPaymentMethod> findMine(UUID id) {
    return dsl()
        .select(METHOD)
        .from(PAYMENT_METHODS)
        .where(PAYMENT_METHODS.ID.eq(id))
        .fetchOptional(Record1::value1);
  }

  @Override
  public boolean makeDefault(UUID id) {
    return Routines.setDefaultPaymentMethod(dsl().configuration(), id);
  }

  @Override
  public boolean delete(UUID id) {
    return Routines.deleteMyPaymentMethod(dsl().configuration(), id);
  }

  /** The policy on users shows the caller their own row only. */
  @Override
  public Optional<String> myCustomerId() {
    return dsl().select(USERS.STRIPE_CUSTOMER_ID).from(USERS).fetchOptional(Record1::value1);
  }

  @Override
  public String rememberMyCustomer(String customerId) {
    return Routines.rememberMyStripeCustomer(dsl().configuration(), customerId);
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }
}
