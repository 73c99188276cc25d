package dev.leaseport.domain.payment;

import java.time.Instant;
import java.util.List;

/**
 * An owner's payout account as Leaseport knows it: the provider's account id and, from the
 * provider's latest event, whether it can take charges and pay out, and what is still due.
 */
public record PayoutAccount(
    String accountId,
    boolean chargesEnabled,
    boolean payoutsEnabled,
    boolean detailsSubmitted,
    List<String> requirementsDue,
    Instant createdAt) {
  public PayoutAccount {
    requirementsDue = List.copyOf(requirementsDue);
  }
}
