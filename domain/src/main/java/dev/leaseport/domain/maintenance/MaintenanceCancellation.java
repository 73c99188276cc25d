package dev.leaseport.domain.maintenance;

import dev.leaseport.domain.shared.Violations;
import java.util.Optional;

/** A renter withdrawing their OPEN request, with an optional note for the history. */
public record MaintenanceCancellation(Optional<String> note) {
  public MaintenanceCancellation {
    note = note == null ? Optional.empty() : note;
    Violations v = new Violations();
    MaintenanceFields.checkNote(v, note.orElse(null));
    v.throwIfAny();
  }
}
