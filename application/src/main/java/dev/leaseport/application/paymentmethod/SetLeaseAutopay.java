package dev.leaseport.application.paymentmethod;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.paymentmethod.AutopayChange;
import dev.leaseport.domain.paymentmethod.LeaseAutopay;
import dev.leaseport.domain.paymentmethod.LeaseAutopayRepository;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/**
 * A renter of a lease turns its autopay on with one of their own saved methods, or off. Only the
 * autopay fields change: the lease's rent and terms are the owner's and stay as signed.
 */
public final class SetLeaseAutopay {
  private final UserTransactions transactions;
  private final LeaseAutopayRepository autopay;

  public SetLeaseAutopay(UserTransactions transactions, LeaseAutopayRepository autopay) {
    this.transactions = transactions;
    this.autopay = autopay;
  }

  public LeaseAutopay execute(Caller caller, UUID leaseId, AutopayChange change) {
    caller.require(UserType.TENANT);
    return transactions.run(
        caller,
        () -> {
          autopay.set(leaseId, change.paymentMethodId());
          return autopay.find(leaseId).orElseThrow(() -> new NotFoundException("Lease"));
        });
  }
}
