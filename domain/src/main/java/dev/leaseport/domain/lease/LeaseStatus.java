package dev.leaseport.domain.lease;

import dev.leaseport.domain.shared.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a lease is in its life, and the only table of the moves between states. The database enum
 * has exactly these literals, and its functions make only moves this table allows.
 */
public enum LeaseStatus {
  DRAFT,
  PENDING_SIGNATURE,
  ACTIVE,
  ENDED,
  TERMINATED,
  CANCELLED;

  private static final Map<LeaseStatus, Set<LeaseStatus>> NEXT =
      Map.of(
          DRAFT, EnumSet.of(PENDING_SIGNATURE, CANCELLED),
          PENDING_SIGNATURE, EnumSet.of(ACTIVE, CANCELLED),
          ACTIVE, EnumSet.of(ENDED, TERMINATED),
          ENDED, EnumSet.noneOf(LeaseStatus.class),
          TERMINATED, EnumSet.noneOf(LeaseStatus.class),
          CANCELLED, EnumSet.noneOf(LeaseStatus.class));

  /** Whether a lease in this state may move to {@code next}. */
  public boolean canMoveTo(LeaseStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** The states from which a lease may move to {@code target}. */
  public static Set<LeaseStatus> sourcesOf(LeaseStatus target) {
    Set<LeaseStatus> sources = EnumSet.noneOf(LeaseStatus.class);
    for (LeaseStatus status : values()) {
      if (status.canMoveTo(target)) {
        sources.add(status);
      }
    }
    return sources;
  }

  /** Whether {@code action} is allowed now; if not, 409 naming this state. */
  public void require(LeaseAction action) {
    if (!action.allowedFrom().contains(this)) {
      throw conflict(action);
    }
  }

  /** The 409 for {@code action} in this state: its detail names the current state. */
  public ConflictException conflict(LeaseAction action) {
    return new ConflictException(
        "lease-state-conflict",
        "The lease is "
            + this
            + "; only a lease that is "
            + String.join(" or ", action.allowedFrom().stream().map(Enum::name).toList())
            + " can be "
            + action.pastParticiple());
  }
}
