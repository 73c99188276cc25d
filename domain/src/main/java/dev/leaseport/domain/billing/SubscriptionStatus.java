package dev.leaseport.domain.billing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A Stripe subscription's status, by Stripe's own names. */
public enum SubscriptionStatus {
  INCOMPLETE,
  INCOMPLETE_EXPIRED,
  TRIALING,
  ACTIVE,
  PAST_DUE,
  CANCELED,
  UNPAID,
  PAUSED;

  /**
   * Whether the subscription's plan applies. A past-due subscription keeps its plan while Stripe
   * retries the payment (an owner is not cut off by one declined card); every other non-active
   * state falls back to the free plan.
   */
  public boolean grantsPlan() {
    return this == TRIALING || this == ACTIVE || this == PAST_DUE;
  }

  /** Stripe's name for it, e.g. {@code past_due}. */
  public String stripeName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SubscriptionStatus> ofStripe(String name) {
    return Arrays.stream(values()).filter(s -> s.stripeName().equals(name)).findFirst();
  }
}
