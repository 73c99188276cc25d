package dev.leaseport.adapters.rest.billing;

import dev.leaseport.domain.billing.Plan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan and its limits; the free plan has no price and applies without a subscription. */
@Schema(name = "Plan")
public record PlanJson(String id, String name, boolean free, int maxProperties, int maxUnits) {
  static PlanJson of(Plan plan) {
    return new PlanJson(
        plan.id(), plan.name(), plan.isFree(), plan.maxProperties(), plan.maxUnits());
  }
}
