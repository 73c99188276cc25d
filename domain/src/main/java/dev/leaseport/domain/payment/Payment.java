package dev.leaseport.domain.payment;

import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's payment of a charge: its whole balance when it started, collected by the payment
 * provider for the owner. Its state follows the provider's events.
 *
 * @param intentId the provider's payment intent, once the provider made it
 * @param methodKind how it was paid, once the payer chose
 * @param amountRefunded given back, as the provider reports it
 * @param amountDisputed taken back from the charge by an open or lost dispute
 */
public record Payment(
    UUID id,
    UUID ownerId,
    UUID chargeId,
    UUID leaseId,
    UUID payerId,
    Money amount,
    Money applicationFee,
    Optional<String> intentId,
    Optional<PaymentMethodKind> methodKind,
    PaymentStatus status,
    Optional<String> failureCode,
    Optional<String> failureMessage,
    long amountRefunded,
    long amountDisputed,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** Initiated but not settled: a bank debit while it is PROCESSING. */
  public Money pending() {
    return new Money(status == PaymentStatus.PROCESSING ? amount.amount() : 0, amount.currency());
  }

  /** Settled and kept: what succeeded, less refunds and what a dispute took back. */
  public Money paid() {
    boolean settled = status == PaymentStatus.SUCCEEDED || status == PaymentStatus.DISPUTED;
    return new Money(
        settled ? amount.amount() - amountRefunded - amountDisputed : 0, amount.currency());
  }
}
