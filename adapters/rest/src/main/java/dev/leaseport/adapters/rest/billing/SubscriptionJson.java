package dev.leaseport.adapters.rest.billing;

import dev.leaseport.domain.billing.OwnerSubscription;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The plan that applies to the owner now, and the Stripe subscription behind it: status (Stripe's
 * names, e.g. {@code active}, {@code past_due}) and period are null while the owner has none.
 */
@Schema(name = "Subscription")
public record SubscriptionJson(
    PlanJson plan,
    @Schema(nullable = true) String status,
    @Schema(nullable = true) Instant currentPeriodEnd,
    boolean cancelAtPeriodEnd) {

  static SubscriptionJson of(OwnerSubscription owner) {
    return new SubscriptionJson(
        PlanJson.of(owner.plan()),
        owner
            .subscription()
            .flatMap(Subscription::status)
            .map(SubscriptionStatus::stripeName)
            .orElse(null),
        owner.subscription().flatMap(Subscription::currentPeriodEnd).orElse(null),
        owner.subscription().map(Subscription::cancelAtPeriodEnd).orElse(false));
  }
}
