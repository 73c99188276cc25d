package dev.leaseport.adapters.persistence.support;

import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Optimistic concurrency for writes guarded by {@code If-Match}: the write carries the expected
 * version in its WHERE clause; when it touches no row, one look tells "gone" from "stale".
 */
public final class VersionedRows {
  private VersionedRows() {}

  public static Condition matching(Field<Long> version, Versioned expected) {
    return expected.expected().isPresent()
        ? version.eq(expected.expected().getAsLong())
        : DSL.noCondition();
  }

  /**
   * After a write that touched no row: false when the row is not visible, a precondition failure
   * when it is there with another version.
   */
  public static boolean explainMiss(Optional<Long> currentVersion, Versioned expected) {
    if (currentVersion.isEmpty()) {
      return false;
    }
    if (!expected.matches(currentVersion.get())) {
      throw new PreconditionFailedException(currentVersion.get());
    }
    throw new IllegalStateException("A versioned write missed a visible, matching row");
  }

  /** Before a no-op update: the row must still be there at the expected version. */
  public static boolean check(Optional<Long> currentVersion, Versioned expected) {
    if (currentVersion.isEmpty()) {
      return false;
    }
    if (!expected.matches(currentVersion.get())) {
      throw new PreconditionFailedException(currentVersion.get());
    }
    return true;
  }
}
