package dev.leaseport.domain.maintenance;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An owner's partial update of a request. Status and priority cannot be cleared; the date and the
 * costs can. A note explains a status change and goes into the history with it, so it needs one.
 */
public record MaintenanceChanges(
    Change<MaintenanceStatus> status,
    Change<MaintenancePriority> priority,
    Change<LocalDate> scheduledFor,
    Change<Money> estimatedCost,
    Change<Money> actualCost,
    Optional<String> note) {

  public MaintenanceChanges {
    note = note == null ? Optional.empty() : note;
    Violations v = new Violations();
    v.check(!(status instanceof Change.Cleared), "status", "must not be null");
    v.check(!(priority instanceof Change.Cleared), "priority", "must not be null");
    MaintenanceFields.checkCost(v, estimatedCost.newValue().orElse(null), "estimatedCost");
    MaintenanceFields.checkCost(v, actualCost.newValue().orElse(null), "actualCost");
    MaintenanceFields.checkNote(v, note.orElse(null));
    v.check(note.isEmpty() || status.isChanged(), "note", "needs a status change");
    v.throwIfAny();
  }

  /**
   * The move is one the status machine allows (409 naming the current state if not), and both costs
   * are in the request's currency (422 if not). A status set to the current one is no move.
   */
  public void checkAgainst(MaintenanceRequest current) {
    status
        .newValue()
        .filter(next -> next != current.status())
        .ifPresent(next -> current.status().requireMoveTo(next));
    Violations v = new Violations();
    checkCurrency(v, estimatedCost, "estimatedCost", current.currency());
    checkCurrency(v, actualCost, "actualCost", current.currency());
    v.throwIfAny();
  }

  private static void checkCurrency(
      Violations v, Change<Money> cost, String field, String currency) {
    cost.newValue()
        .ifPresent(
            money ->
                v.check(
                    money.currency().equals(currency),
                    field + ".currency",
                    "must be the request's currency, " + currency));
  }
}
