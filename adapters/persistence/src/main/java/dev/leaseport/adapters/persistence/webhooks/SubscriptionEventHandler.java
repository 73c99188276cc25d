package dev.leaseport.adapters.persistence.webhooks;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applySubscriptionEvent;

import dev.leaseport.domain.billing.Plan;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * An owner's subscription from Stripe's events: {@code checkout.session.completed} links the new
 * subscription, {@code customer.subscription.*} bring its plan and status, {@code invoice.*} move
 * it between active and past due. One database call each ({@code apply_subscription_event}) finds
 * the owner by the customer, orders the event against the row and never moves an ended subscription
 * back. The plan comes from the subscription's price, mapped by the configured plans.
 */
public final class SubscriptionEventHandler implements PaymentEventHandler {
  static final List<String> TYPES =
      List.of(
          "checkout.session.completed",
          "customer.subscription.created",
          "customer.subscription.updated",
          "customer.subscription.deleted",
          "invoice.paid",
          "invoice.payment_failed");

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,255}");

  private final String type;
  private final JSONB plansByPrice;

  private SubscriptionEventHandler(String type, JSONB plansByPrice) {
    this.type = type;
    this.plansByPrice = plansByPrice;
  }

  /** One handler per subscription event type, all mapping prices by {@code plans}. */
  public static List<PaymentEventHandler> all(PlanCatalog plans) {
    JSONB plansByPrice = plansByPrice(plans);
    return TYPES.stream()
        .<PaymentEventHandler>map(type -> new SubscriptionEventHandler(type, plansByPrice))
        .toList();
  }

  /** {@code {"price_...": "starter", ...}}. */
  private static JSONB plansByPrice(PlanCatalog plans) {
    StringBuilder json = new StringBuilder("{");
    for (Plan plan : plans.paid()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(quoted(plan.stripePriceId().orElseThrow())).append(':').append(quoted(plan.id()));
    }
    return JSONB.valueOf(json.append('}').toString());
  }

  /**
   * Price and plan ids are checked at start-up to hold letters, digits, '_' and '-' only, so they
   * need no escaping; anything else is refused here rather than escaped by hand.
   */
  private static String quoted(String id) {
    if (!SAFE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Not a plan or price id: " + id);
    }
    return '"' + id + '"';
  }

  @Override
  public String eventType() {
    return type;
  }

  @Override
  public EventOutcome apply(DSLContext transaction, PaymentEvent event) {
    String outcome =
        transaction
            .select(
                applySubscriptionEvent(
                    type, JSONB.valueOf(event.objectJson()), event.created(), plansByPrice))
            .fetchSingle()
            .value1();
    return EventOutcome.valueOf(outcome);
  }

  @Override
  public String toString() {
    return "SubscriptionEventHandler[" + type + "]";
  }
}
