package dev.leaseport.adapters.persistence.jobs;

import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.paymentmethod.AutopayClaim;
import dev.leaseport.domain.paymentmethod.AutopayClaims;
import dev.leaseport.domain.paymentmethod.AutopayOutcome;
import dev.leaseport.domain.shared.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.Record;

/**
 * Autopay's claims in the system tier (reason {@code scheduled-job}): the job pays charges of every
 * owner's leases, so no request's row-level security applies. Each method is one database call in
 * its own short transaction; the payment provider is called between them, never inside one.
 */
public final class SystemTierAutopayClaims implements AutopayClaims {
  /** A claim still CLAIMED this long after it was taken is taken over by the next run. */
  public static final Duration STALE_CLAIM = Duration.ofMinutes(10);

  private final SystemTier system;

  public SystemTierAutopayClaims(SystemTier system) {
    this.system = system;
  }

  @Override
  public List<AutopayClaim> claimDue(LocalDate asOf, PlatformFee fee) {
    return system.run(
        SystemReason.SCHEDULED_JOB,
        dsl ->
            dsl.fetch(
                    "select * from leaseport.claim_autopay_payments(?::date, ?,"
                        + " ?::integer * interval '1 second')",
                    asOf,
                    fee.basisPoints(),
                    STALE_CLAIM.toSeconds())
                .map(SystemTierAutopayClaims::claim));
  }

  private static AutopayClaim claim(Record row) {
    String currency = row.get("currency", String.class);
    return new AutopayClaim(
        row.get("payment_id", UUID.class),
        row.get("charge_id", UUID.class),
        row.get("lease_id", UUID.class),
        row.get("owner_id", UUID.class),
        row.get("payer_id", UUID.class),
        new Money(row.get("amount", Long.class), currency),
        new Money(row.get("application_fee_amount", Long.class), currency),
        row.get("destination_account", String.class),
        row.get("customer_id", String.class),
        row.get("payment_method", String.class));
  }

  @Override
  public AutopayOutcome recordSubmitted(UUID paymentId, String intentId) {
    return record(paymentId, intentId, null, null);
  }

  @Override
  public AutopayOutcome recordDeclined(UUID paymentId, String code, String message) {
    return record(paymentId, null, code, message);
  }

  private AutopayOutcome record(UUID paymentId, String intentId, String code, String message) {
    return AutopayOutcome.valueOf(
        system.run(
            SystemReason.SCHEDULED_JOB,
            dsl ->
                dsl.fetchSingle(
                        "select leaseport.record_autopay_outcome(?, ?, ?, ?)",
                        paymentId,
                        intentId,
                        code,
                        message)
                    .get(0, String.class)));
  }
}
