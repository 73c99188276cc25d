package dev.leaseport.domain.maintenance;

import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;

/** The rules every written request field obeys, shared by filing, changing and cancelling. */
final class MaintenanceFields {
  static final int TITLE_MAX = 200;
  static final int DESCRIPTION_MAX = 5000;
  static final int NOTE_MAX = 2000;
  static final long COST_MAX = 100_000_000_00L;

  private MaintenanceFields() {}

  static void checkCost(Violations v, Money cost, String field) {
    if (cost != null) {
      v.check(
          cost.amount() >= 0 && cost.amount() <= COST_MAX,
          field + ".amount",
          "must be between 0 and " + COST_MAX + " minor units");
    }
  }

  static void checkNote(Violations v, String note) {
    if (note != null) {
      v.check(!note.isBlank(), "note", "must not be blank");
      v.maxLength(note, "note", NOTE_MAX);
    }
  }
}
