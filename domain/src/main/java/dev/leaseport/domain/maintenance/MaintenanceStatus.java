package dev.leaseport.domain.maintenance;

import dev.leaseport.domain.shared.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a request is, and the only table of the moves between states. The database enum has exactly
 * these literals, and its status trigger allows exactly these moves (a test compares the two pair
 * by pair).
 */
public enum MaintenanceStatus {
  OPEN,
  IN_PROGRESS,
  ON_HOLD,
  COMPLETED,
  CANCELLED;

  private static final Map<MaintenanceStatus, Set<MaintenanceStatus>> NEXT =
      Map.of(
          OPEN, EnumSet.of(IN_PROGRESS, ON_HOLD, CANCELLED),
          IN_PROGRESS, EnumSet.of(ON_HOLD, COMPLETED),
          ON_HOLD, EnumSet.of(IN_PROGRESS),
          COMPLETED, EnumSet.noneOf(MaintenanceStatus.class),
          CANCELLED, EnumSet.noneOf(MaintenanceStatus.class));

  /** Whether a request in this state may move to {@code next}. */
  public boolean canMoveTo(MaintenanceStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether the request still asks for work: neither completed nor cancelled. */
  public boolean isOpen() {
    return !NEXT.get(this).isEmpty();
  }

  /** Allows the move to {@code next}, or answers 409 naming this state. */
  public void requireMoveTo(MaintenanceStatus next) {
    if (!canMoveTo(next)) {
      throw conflict(next);
    }
  }

  /** The 409 for a move to {@code next} from this state. */
  public ConflictException conflict(MaintenanceStatus next) {
    return new ConflictException(
        "maintenance-state-conflict",
        "The maintenance request is " + this + "; it cannot become " + next);
  }
}
