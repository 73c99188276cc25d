package dev.leaseport.application.autopay;

import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.payment.StartedRentPayment;
import dev.leaseport.domain.paymentmethod.AutopayClaim;
import dev.leaseport.domain.paymentmethod.AutopayClaims;
import dev.leaseport.domain.paymentmethod.AutopayOutcome;
import dev.leaseport.domain.paymentmethod.AutopayRun;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import dev.leaseport.domain.shared.UnavailableException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pays the due charges of autopay leases as of a date. One database call claims them all and writes
 * their PENDING payments; then each is charged off-session with the payer's saved method. This is
 * the one loop over rows in Java, because each charge is one call to the payment provider: it has
 * no batch charge, and each payment needs its own idempotency key (from its row) and its own
 * answer. Each answer is recorded at once with one call, outside any long transaction. A decline is
 * recorded once and not retried that day; a provider that cannot be reached leaves the claim for a
 * later run, which asks again under the same key (so the provider answers as before).
 */
public final class RunAutopay {
  private static final Logger LOG = Logger.getLogger(RunAutopay.class.getName());
  private final AutopayClaims claims;
  private final RentPayments payments;
  private final PlatformFee fee;

  public RunAutopay(AutopayClaims claims, RentPayments payments, PlatformFee fee) {
    this.claims = claims;
    this.payments = payments;
    this.fee = fee;
  }

  public AutopayRun execute(LocalDate asOf) {
    // Without a payment provider nothing could be charged: claim nothing, write nothing.
    if (!payments.isConfigured()) {
      return new AutopayRun(asOf, 0, 0, 0, 0);
    }
    List<AutopayClaim> claimed = claims.claimDue(asOf, fee);
    int submitted = 0;
    int declined = 0;
    int deferred = 0;
    for (AutopayClaim claim : claimed) {
      try {
        StartedRentPayment started = payments.chargeSaved(claim.toPaymentRequest());
        if (claims.recordSubmitted(claim.paymentId(), started.intentId())
            == AutopayOutcome.SUBMITTED) {
          submitted++;
        }
      } catch (PaymentDeclinedException e) {
        if (claims.recordDeclined(claim.paymentId(), "declined", e.getMessage())
            == AutopayOutcome.DECLINED) {
          declined++;
        }
      } catch (UnavailableException e) {
        // Left CLAIMED: a later run takes the claim over and asks again under the same key.
        deferred++;
        LOG.log(Level.WARNING, "Autopay payment " + claim.paymentId() + " deferred", e);
      }
    }
    return new AutopayRun(asOf, claimed.size(), submitted, declined, deferred);
  }
}
