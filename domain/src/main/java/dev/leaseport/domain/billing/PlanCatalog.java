package dev.leaseport.domain.billing;

import dev.leaseport.domain.shared.ForbiddenException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The plans an operator offers and whether their limits apply. Limits apply only where billing is
 * configured (a Stripe key and paid plans): without it no owner could ever upgrade, so a
 * self-hosted Leaseport without billing, and local mode without keys, have no limits.
 */
public record PlanCatalog(Plan free, List<Plan> paid, boolean billingConfigured) {
  public PlanCatalog {
    Objects.requireNonNull(free);
    paid = List.copyOf(paid);
    Set<String> ids = new HashSet<>(Set.of(free.id()));
    for (Plan plan : paid) {
      if (plan.isFree() || !ids.add(plan.id())) {
        throw new IllegalArgumentException("each paid plan needs its own id and a price");
      }
    }
  }

  /** Free first, then the paid plans in the operator's order. */
  public List<Plan> plans() {
    List<Plan> all = new ArrayList<>(paid.size() + 1);
    all.add(free);
    all.addAll(paid);
    return all;
  }

  public Optional<Plan> paidPlan(String id) {
    return paid.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The paid plan a Stripe price bills, as a subscription event names it. */
  public Optional<Plan> planForPrice(String stripePriceId) {
    return paid.stream()
        .filter(p -> p.stripePriceId().orElseThrow().equals(stripePriceId))
        .findFirst();
  }

  /**
   * The plan that applies: the subscribed one while its status grants it, else the free plan. A
   * plan id the operator no longer offers falls back to free too, so keep a retired plan configured
   * until its subscribers have moved.
   */
  public Plan planOf(Optional<String> planId, Optional<SubscriptionStatus> status) {
    if (status.filter(SubscriptionStatus::grantsPlan).isEmpty()) {
      return free;
    }
    return planId.flatMap(this::paidPlan).orElse(free);
  }

  public void requireRoomForProperty(PlanUsage usage) {
    if (!billingConfigured) {
      return;
    }
    Plan plan = planOf(usage.subscribedPlanId(), usage.subscriptionStatus());
    if (usage.properties() >= plan.maxProperties()) {
      throw limitReached(plan, plan.maxProperties(), "property", "properties");
    }
  }

  public void requireRoomForUnit(PlanUsage usage) {
    if (!billingConfigured) {
      return;
    }
    Plan plan = planOf(usage.subscribedPlanId(), usage.subscriptionStatus());
    if (usage.units() >= plan.maxUnits()) {
      throw limitReached(plan, plan.maxUnits(), "unit", "units");
    }
  }

  private static ForbiddenException limitReached(
      Plan plan, int limit, String singular, String plural) {
    return new ForbiddenException(
        "plan-limit-reached",
        "Your "
            + plan.name()
            + " plan allows "
            + limit
            + " "
            + (limit == 1 ? singular : plural)
            + "; upgrade your plan to add more");
  }
}
