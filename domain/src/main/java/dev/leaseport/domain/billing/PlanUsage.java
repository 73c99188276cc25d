package dev.leaseport.domain.billing;

import java.util.Optional;

/**
 * What an owner's plan limits are measured against: the plan of their subscription, if any, and how
 * many properties and units they have.
 */
public record PlanUsage(
    Optional<String> subscribedPlanId,
    Optional<SubscriptionStatus> subscriptionStatus,
    long properties,
    long units) {}
