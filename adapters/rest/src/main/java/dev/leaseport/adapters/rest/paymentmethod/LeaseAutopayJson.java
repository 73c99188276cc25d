package dev.leaseport.adapters.rest.paymentmethod;

import dev.leaseport.domain.paymentmethod.LeaseAutopay;
import java.util.UUID;

/** Whether the lease's due charges are paid automatically, and with which saved method. */
public record LeaseAutopayJson(UUID leaseId, boolean enabled, UUID paymentMethodId) {

  static LeaseAutopayJson of(LeaseAutopay a) {
    return new LeaseAutopayJson(a.leaseId(), a.enabled(), a.paymentMethodId().orElse(null));
  }
}
