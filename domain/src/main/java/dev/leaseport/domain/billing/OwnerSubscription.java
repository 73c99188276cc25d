package dev.leaseport.domain.billing;

import java.util.Optional;

/** The plan that applies to an owner now, and the subscription behind it if they have one. */
public record OwnerSubscription(Plan plan, Optional<Subscription> subscription) {}
