package dev.leaseport.application.paymentmethod;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.paymentmethod.LeaseAutopay;
import dev.leaseport.domain.paymentmethod.LeaseAutopayRepository;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/**
 * Whether a lease pays by autopay: its owner and its renters may see it (row-level security decides
 * which leases exist for the caller, so no user-type gate here).
 */
public final class GetLeaseAutopay {
  private final UserTransactions transactions;
  private final LeaseAutopayRepository autopay;

  public GetLeaseAutopay(UserTransactions transactions, LeaseAutopayRepository autopay) {
    this.transactions = transactions;
    this.autopay = autopay;
  }

  public LeaseAutopay execute(Caller caller, UUID leaseId) {
    return transactions.run(
        caller, () -> autopay.find(leaseId).orElseThrow(() -> new NotFoundException("Lease")));
  }
}
