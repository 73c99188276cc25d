package dev.leaseport.adapters.persistence.support;

import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
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
   * After a versioned write touched no row, says why: it returns when the row is not visible (the
   * caller answers "not found"), and throws 412 when the row has another version, or 409 when it
   * was changed between the write and this look.
   */
  public static void explainMiss(Optional<Long> currentVersion, Versioned expected) {
    if (isCurrent(currentVersion, expected)) {
      throw ConflictException.concurrentChange();
    }
  }

  /** Whether the row is visible at the expected version: false when not visible, 412 if stale. */
  public static boolean isCurrent(Optional<Long> currentVersion, Versioned expected) {
    if (currentVersion.isEmpty()) {
      return false;
    }
    if (!expected.matches(currentVersion.get())) {
      throw new PreconditionFailedException(currentVersion.get());
    }
    return true;
  }

  /**
   * The version of the row whose {@code id} is {@code value}, when the caller can see it: the one
   * look {@link #isCurrent} and {@link #explainMiss} need after a versioned write.
   */
  public static Optional<Long> currentVersion(
      DSLContext dsl, TableField<?, UUID> id, UUID value, TableField<?, Long> version) {
    return dsl.select(version).from(version.getTable()).where(id.eq(value)).fetchOptional(version);
  }
}
