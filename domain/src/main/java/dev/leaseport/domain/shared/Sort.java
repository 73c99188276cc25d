package dev.leaseport.domain.shared;

/** One whitelisted sort field of a resource, and its direction. */
public record Sort<F extends Enum<F>>(F field, Direction direction) {
  public static <F extends Enum<F>> Sort<F> ascending(F field) {
    return new Sort<>(field, Direction.ASCENDING);
  }
}
