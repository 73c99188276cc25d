package dev.leaseport.bootstrap.config;

import dev.leaseport.domain.billing.Plan;
import java.util.List;

/**
 * The plans an operator offers: the free plan, which applies without a subscription, and the paid
 * plans of {@code LEASEPORT_PLANS}. None paid means billing is off.
 */
public record PlanSettings(Plan free, List<Plan> paid) {
  public PlanSettings {
    paid = List.copyOf(paid);
  }

  @Override
  public String toString() {
    return "plans="
        + (paid.isEmpty() ? "none" : String.join(",", paid.stream().map(Plan::id).toList()))
        + ", freePlan="
        + free.maxProperties()
        + "/"
        + free.maxUnits();
  }
}
