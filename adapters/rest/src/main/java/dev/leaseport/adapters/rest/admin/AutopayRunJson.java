package dev.leaseport.adapters.rest.admin;

import dev.leaseport.domain.paymentmethod.AutopayRun;
import java.time.LocalDate;

/**
 * An autopay run's counts: charges claimed, payments Stripe took, payments it declined, and claims
 * left for a later run because Stripe could not be reached.
 */
public record AutopayRunJson(
    LocalDate asOf, int claimed, int submitted, int declined, int deferred) {

  static AutopayRunJson of(AutopayRun run) {
    return new AutopayRunJson(
        run.asOf(), run.claimed(), run.submitted(), run.declined(), run.deferred());
  }
}
