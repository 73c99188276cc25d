package dev.leaseport.domain.testdata;

import dev.leaseport.domain.billing.Plan;
import dev.leaseport.domain.billing.PlanCatalog;
import java.util.List;
import java.util.Optional;

/** Plan catalogs with small limits, with and without billing configured. */
public final class PlanTestData {
  private PlanTestData() {}

  /** Two paid plans: starter (3 properties, 10 units) and pro (50 properties, 500 units). */
  public static List<Plan> paidPlans() {
    return List.of(
        new Plan("starter", Optional.of("price_starter"), "Starter", 3, 10),
        new Plan("pro", Optional.of("price_pro"), "Pro", 50, 500));
  }

  /** Billing configured: the default free plan (1 property, 5 units) and {@link #paidPlans()}. */
  public static PlanCatalog billedCatalog() {
    return new PlanCatalog(Plan.free(1, 5), paidPlans(), true);
  }

  /** The same plans without billing configured: no limit applies. */
  public static PlanCatalog unbilledCatalog() {
    return new PlanCatalog(Plan.free(1, 5), paidPlans(), false);
  }
}
