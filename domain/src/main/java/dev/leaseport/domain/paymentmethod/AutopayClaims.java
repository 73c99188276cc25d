package dev.leaseport.domain.paymentmethod;

import dev.leaseport.domain.payment.PlatformFee;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The autopay job's side of the database, across every owner: claiming the due charges of autopay
 * leases (their PENDING payments written in the same call) and recording what the payment provider
 * answered for each. A charge is claimed once per day, and never while a payment of it is under
 * way, whichever server asks.
 */
public interface AutopayClaims {

  /** Claims the charges due on or before {@code asOf} and returns what to charge. */
  List<AutopayClaim> claimDue(LocalDate asOf, PlatformFee fee);

  /** The provider took the payment; its events settle it. */
  AutopayOutcome recordSubmitted(UUID paymentId, String intentId);

  /**
   * The provider declined it: the payment fails, the payer and the owner are told, and the charge
   * is not tried again that day.
   */
  AutopayOutcome recordDeclined(UUID paymentId, String code, String message);
}
