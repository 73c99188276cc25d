package dev.leaseport.application.billing;

import dev.leaseport.domain.billing.Plan;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.List;

/** An owner reads the plans on offer, the free plan first. */
public final class ListPlans {
  private final PlanCatalog plans;

  public ListPlans(PlanCatalog plans) {
    this.plans = plans;
  }

  public List<Plan> execute(Caller caller) {
    caller.require(UserType.OWNER);
    if (!plans.billingConfigured()) {
      throw UnavailableException.paymentsNotConfigured();
    }
    return plans.plans();
  }
}
