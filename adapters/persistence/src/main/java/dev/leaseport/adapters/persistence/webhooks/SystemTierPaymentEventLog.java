package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.STRIPE_EVENTS;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEventFilter;
import dev.leaseport.domain.payment.PaymentEventLog;
import dev.leaseport.domain.payment.PaymentEventSortField;
import dev.leaseport.domain.payment.ReceivedPaymentEvent;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.SortField;

/**
 * Lists the inbox's record in the system tier: the events belong to no owner, so no request's
 * row-level security can show them (the use case admits admins only). One statement per page.
 */
public final class SystemTierPaymentEventLog implements PaymentEventLog {
  private static final SelectField<ReceivedPaymentEvent> EVENT =
      row(
              STRIPE_EVENTS.ID,
              STRIPE_EVENTS.TYPE,
              STRIPE_EVENTS.ACCOUNT,
              STRIPE_EVENTS.CREATED,
              STRIPE_EVENTS.RECEIVED_AT,
              STRIPE_EVENTS.PROCESSED_AT,
              STRIPE_EVENTS.OUTCOME)
          .mapping(
              (id, type, account, created, received, processed, outcome) ->
                  new ReceivedPaymentEvent(
                      id,
                      type,
                      Optional.ofNullable(account),
                      created,
                      received,
                      processed,
                      EventOutcome.valueOf(outcome)));

  private final SystemTier system;

  public SystemTierPaymentEventLog(SystemTier system) {
    this.system = system;
  }

  @Override
  public Page<ReceivedPaymentEvent> list(
      PaymentEventFilter filter, Sort<PaymentEventSortField> sort, PageRequest page) {
    Condition where =
        noCondition()
            .and(
                filter.outcome().map(o -> STRIPE_EVENTS.OUTCOME.eq(o.name())).orElse(noCondition()))
            .and(filter.type().map(STRIPE_EVENTS.TYPE::eq).orElse(noCondition()));
    Field<?> field =
        switch (sort.field()) {
          case RECEIVED_AT -> STRIPE_EVENTS.RECEIVED_AT;
          case CREATED -> STRIPE_EVENTS.CREATED;
        };
    List<SortField<?>> orderBy =
        List.of(
            sort.direction() == Direction.ASCENDING ? field.asc() : field.desc(),
            STRIPE_EVENTS.ID.asc());
    return system.run(
        SystemReason.STRIPE_WEBHOOK,
        dsl -> PagedQuery.fetch(dsl, EVENT, STRIPE_EVENTS, where, orderBy, page));
  }
}
