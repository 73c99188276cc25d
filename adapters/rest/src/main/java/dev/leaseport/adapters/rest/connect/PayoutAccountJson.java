package dev.leaseport.adapters.rest.connect;

import dev.leaseport.domain.payment.PayoutAccount;
import java.time.Instant;
import java.util.List;

/**
 * An owner's payout account: Stripe's account id, whether it can take charges and pay out, whether
 * onboarding was submitted, and the fields Stripe still needs ({@code requirementsDue}).
 */
public record PayoutAccountJson(
    String accountId,
    boolean chargesEnabled,
    boolean payoutsEnabled,
    boolean detailsSubmitted,
    List<String> requirementsDue,
    Instant createdAt) {

  static PayoutAccountJson of(PayoutAccount a) {
    return new PayoutAccountJson(
        a.accountId(),
        a.chargesEnabled(),
        a.payoutsEnabled(),
        a.detailsSubmitted(),
        a.requirementsDue(),
        a.createdAt());
  }
}
