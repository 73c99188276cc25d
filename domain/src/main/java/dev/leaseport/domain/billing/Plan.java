package dev.leaseport.domain.billing;

import java.util.Objects;
import java.util.Optional;

/**
 * A plan an owner is on: the free plan (no Stripe price) or a paid one that a Stripe price bills.
 *
 * @param maxProperties how many properties the owner may have, archived ones included
 * @param maxUnits how many units the owner may have across all their properties
 */
public record Plan(
    String id, Optional<String> stripePriceId, String name, int maxProperties, int maxUnits) {
  public static final String FREE_ID = "free";

  public Plan {
    Objects.requireNonNull(id);
    Objects.requireNonNull(stripePriceId);
    Objects.requireNonNull(name);
    if (maxProperties < 0 || maxUnits < 0) {
      throw new IllegalArgumentException("plan limits cannot be negative");
    }
  }

  public static Plan free(int maxProperties, int maxUnits) {
    return new Plan(FREE_ID, Optional.empty(), "Free", maxProperties, maxUnits);
  }

  public boolean isFree() {
    return stripePriceId.isEmpty();
  }
}
