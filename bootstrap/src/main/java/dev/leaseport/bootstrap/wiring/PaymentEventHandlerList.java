package dev.leaseport.bootstrap.wiring;

import dev.leaseport.adapters.persistence.webhooks.AccountUpdatedHandler;
import dev.leaseport.adapters.persistence.webhooks.ChargeRefundedHandler;
import dev.leaseport.adapters.persistence.webhooks.DisputeEventHandler;
import dev.leaseport.adapters.persistence.webhooks.PaymentEventHandler;
import dev.leaseport.adapters.persistence.webhooks.PaymentIntentEventHandler;
import dev.leaseport.adapters.persistence.webhooks.PaymentMethodDetachedHandler;
import dev.leaseport.adapters.persistence.webhooks.SetupIntentSucceededHandler;
import dev.leaseport.adapters.persistence.webhooks.SubscriptionEventHandler;
import dev.leaseport.domain.billing.PlanCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Stripe event type Leaseport handles, one handler each: a new type is one more line here
 * (and its handler in {@code adapters.persistence.webhooks}); the inbox stays as it is. A type not
 * listed is recorded as {@code IGNORED_UNKNOWN}.
 */
final class PaymentEventHandlerList {
  private PaymentEventHandlerList() {}

  static List<PaymentEventHandler> all(PlanCatalog plans) {
    List<PaymentEventHandler> handlers = new ArrayList<>();
    handlers.add(new AccountUpdatedHandler());
    handlers.addAll(SubscriptionEventHandler.all(plans));
    handlers.addAll(PaymentIntentEventHandler.all());
    handlers.add(new ChargeRefundedHandler());
    handlers.addAll(DisputeEventHandler.all());
    handlers.add(new SetupIntentSucceededHandler());
    handlers.add(new PaymentMethodDetachedHandler());
    return List.copyOf(handlers);
  }
}
