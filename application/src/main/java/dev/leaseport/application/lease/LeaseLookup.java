package dev.leaseport.application.lease;

import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/** A lease the caller can see, or 404: inside the caller's transaction. */
final class LeaseLookup {
  private LeaseLookup() {}

  static Lease find(LeaseRepository leases, UUID id) {
    return leases.findById(id).orElseThrow(() -> new NotFoundException("Lease"));
  }
}
