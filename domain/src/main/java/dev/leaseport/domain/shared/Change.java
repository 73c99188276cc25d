package dev.leaseport.domain.shared;

import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a partial update: left as it is, set to a value, or cleared. PATCH needs all three,
 * which {@code null} or {@code Optional} alone cannot say.
 */
public sealed interface Change<T> {

  record Unchanged<T>() implements Change<T> {}

  record SetTo<T>(T value) implements Change<T> {
    public SetTo {
      if (value == null) {
        throw new IllegalArgumentException("use Change.cleared() for null");
      }
    }
  }

  record Cleared<T>() implements Change<T> {}

  static <T> Change<T> unchanged() {
    return new Unchanged<>();
  }

  static <T> Change<T> to(T value) {
    return new SetTo<>(value);
  }

  static <T> Change<T> cleared() {
    return new Cleared<>();
  }

  /** A present value becomes {@link SetTo}, an absent one {@link Cleared}. */
  static <T> Change<T> toNullable(T value) {
    return value == null ? cleared() : to(value);
  }

  default boolean isChanged() {
    return !(this instanceof Unchanged);
  }

  /** The new value when set; empty when unchanged or cleared. */
  default Optional<T> newValue() {
    return this instanceof SetTo<T> set ? Optional.of(set.value()) : Optional.empty();
  }

  default <R> Change<R> map(Function<T, R> mapper) {
    if (this instanceof SetTo<T> set) {
      return to(mapper.apply(set.value()));
    }
    return this instanceof Cleared ? cleared() : unchanged();
  }
}
