package dev.leaseport.bootstrap.wiring;

import dev.leaseport.bootstrap.config.LeaseportSettings;
import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import dev.leaseport.domain.billing.BillingReturnUrls;
import dev.leaseport.domain.billing.PlanCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The plans from configuration. Billing is configured, and plan limits apply, only with both a
 * Stripe key and at least one paid plan: without either no owner could upgrade past a limit.
 */
@ApplicationScoped
public class BillingWiring {
  @Inject LeaseportRuntime runtime;
  private PlanCatalog plans;
  private BillingReturnUrls returnUrls;

  @PostConstruct
  void build() {
    LeaseportSettings settings = runtime.settings();
    plans = catalogOf(settings);
    returnUrls = BillingReturnUrls.under(settings.publicUrl());
  }

  static PlanCatalog catalogOf(LeaseportSettings settings) {
    return new PlanCatalog(
        settings.plans().free(),
        settings.plans().paid(),
        settings.payments().configured() && !settings.plans().paid().isEmpty());
  }

  @Produces
  PlanCatalog planCatalog() {
    return plans;
  }

  @Produces
  BillingReturnUrls billingReturnUrls() {
    return returnUrls;
  }
}
