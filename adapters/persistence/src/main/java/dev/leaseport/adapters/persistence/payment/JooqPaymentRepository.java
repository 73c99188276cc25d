package dev.leaseport.adapters.persistence.payment;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.PAYMENTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.REQUEST_REFUND;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.START_RENT_PAYMENT;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.jooq.leaseport.Routines;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.payment.Payment;
import dev.leaseport.domain.payment.PaymentFilter;
import dev.leaseport.domain.payment.PaymentRepository;
import dev.leaseport.domain.payment.PaymentSortField;
import dev.leaseport.domain.payment.PaymentToStart;
import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.payment.RefundToSubmit;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SortField;

/**
 * The caller's payments. Row-level security decides which exist (the owner's; the payer's and their
 * lease's for a renter), so reads carry no owner condition; writes are one function call each.
 */
public final class JooqPaymentRepository implements PaymentRepository {
  static final SelectField<Payment> PAYMENT =
      row(
              PAYMENTS.ID,
              PAYMENTS.OWNER_ID,
              PAYMENTS.CHARGE_ID,
              PAYMENTS.LEASE_ID,
              PAYMENTS.PAYER_ID,
              PAYMENTS.AMOUNT,
              PAYMENTS.CURRENCY,
              PAYMENTS.APPLICATION_FEE_AMOUNT,
              PAYMENTS.STRIPE_PAYMENT_INTENT_ID,
              PAYMENTS.METHOD_KIND,
              PAYMENTS.STATUS,
              PAYMENTS.FAILURE_CODE,
              PAYMENTS.FAILURE_MESSAGE,
              PAYMENTS.AMOUNT_REFUNDED,
              PAYMENTS.AMOUNT_DISPUTED,
              PAYMENTS.CREATED_AT,
              PAYMENTS.UPDATED_AT,
              PAYMENTS.VERSION)
          .mapping(
              (id,
                  owner,
                  charge,
                  lease,
                  payer,
                  amount,
                  currency,
                  fee,
                  intent,
                  kind,
                  status,
                  code,
                  message,
                  refunded,
                  disputed,
                  created,
                  updated,
                  version) ->
                  new Payment(
                      id,
                      owner,
                      charge,
                      lease,
                      payer,
                      new Money(amount, currency),
                      new Money(fee, currency),
                      Optional.ofNullable(intent),
                      Optional.ofNullable(kind),
                      status,
                      Optional.ofNullable(code),
                      Optional.ofNullable(message),
                      refunded,
                      disputed,
                      created,
                      updated,
                      version));

  private final TransactionContext transactions;

  public JooqPaymentRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public PaymentToStart start(UUID chargeId, PlatformFee fee) {
    var started = START_RENT_PAYMENT.call(chargeId, fee.basisPoints());
    return transactions
        .dsl()
        .selectFrom(started)
        .fetchSingle(
            r ->
                new PaymentToStart(
                    r.getPaymentId(),
                    r.getChargeId(),
                    r.getLeaseId(),
                    r.getOwnerId(),
                    new Money(r.getAmount(), r.getCurrency()),
                    new Money(r.getApplicationFeeAmount(), r.getCurrency()),
                    r.getDestinationAccount(),
                    Optional.ofNullable(r.getCustomerId())));
  }

  @Override
  public void recordIntent(UUID paymentId, String intentId) {
    Routines.recordPaymentStart(
        transactions.dsl().configuration(), paymentId, intentId, null, null);
  }

  @Override
  public void recordDecline(UUID paymentId, String code, String message) {
    Routines.recordPaymentStart(transactions.dsl().configuration(), paymentId, null, code, message);
  }

  @Override
  public Optional<Payment> find(UUID id) {
    return transactions
        .dsl()
        .select(PAYMENT)
        .from(PAYMENTS)
        .where(PAYMENTS.ID.eq(id))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Page<Payment> list(PaymentFilter filter, Sort<PaymentSortField> sort, PageRequest page) {
    Condition where =
        noCondition()
            .and(filter.chargeId().map(PAYMENTS.CHARGE_ID::eq).orElse(noCondition()))
            .and(filter.leaseId().map(PAYMENTS.LEASE_ID::eq).orElse(noCondition()))
            .and(filter.status().map(PAYMENTS.STATUS::eq).orElse(noCondition()));
    var column =
        switch (sort.field()) {
          case CREATED_AT -> PAYMENTS.CREATED_AT;
          case AMOUNT -> PAYMENTS.AMOUNT;
        };
    List<SortField<?>> orderBy =
        List.of(
            sort.direction() == Direction.DESCENDING ? column.desc() : column.asc(),
            PAYMENTS.ID.asc());
    return PagedQuery.fetch(transactions.dsl(), PAYMENT, PAYMENTS, where, orderBy, page);
  }

  @Override
  public RefundToSubmit reserveRefund(UUID paymentId, Optional<Long> amount, RefundReason reason) {
    var reserved = REQUEST_REFUND.call(paymentId, amount.orElse(null), reason.name());
    return transactions
        .dsl()
        .selectFrom(reserved)
        .fetchSingle(
            r ->
                new RefundToSubmit(
                    r.getRefundId(),
                    r.getPaymentId(),
                    r.getIntentId(),
                    new Money(r.getAmount(), r.getCurrency())));
  }

  @Override
  public void recordRefund(UUID refundId, Optional<String> providerRefundId) {
    Routines.recordRefund(
        transactions.dsl().configuration(), refundId, providerRefundId.orElse(null));
  }
}
