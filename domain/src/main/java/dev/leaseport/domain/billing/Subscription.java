package dev.leaseport.domain.billing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An owner's billing record: their Stripe customer, stored by their first checkout, and their
 * subscription as the last applied Stripe event left it (all empty until Stripe reports one).
 */
public record Subscription(
    UUID ownerId,
    String stripeCustomerId,
    Optional<String> stripeSubscriptionId,
    Optional<String> planId,
    Optional<SubscriptionStatus> status,
    Optional<Instant> currentPeriodEnd,
    boolean cancelAtPeriodEnd,
    long version) {}
