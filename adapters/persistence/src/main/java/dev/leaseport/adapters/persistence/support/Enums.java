package dev.leaseport.adapters.persistence.support;

/** Domain enums and the generated database enums share their names; this converts by name. */
public final class Enums {
  private Enums() {}

  public static <S extends Enum<S>, T extends Enum<T>> T convert(S source, Class<T> target) {
    return source == null ? null : Enum.valueOf(target, source.name());
  }
}
