package dev.leaseport.application.charge;

import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeRepository;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/** A charge the caller can see, or 404: inside the caller's transaction. */
final class ChargeLookup {
  private ChargeLookup() {}

  static Charge find(ChargeRepository charges, UUID id) {
    return charges.findById(id).orElseThrow(() -> new NotFoundException("Charge"));
  }
}
