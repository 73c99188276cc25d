package dev.leaseport.domain.shared;

import java.util.OptionalLong;

/**
 * The version a caller expects a resource to have (from {@code If-Match}); empty means "whatever it
 * is now".
 */
public record Versioned(OptionalLong expected) {
  public static Versioned any() {
    return new Versioned(OptionalLong.empty());
  }

  public static Versioned exactly(long version) {
    return new Versioned(OptionalLong.of(version));
  }

  public boolean matches(long current) {
    return expected.isEmpty() || expected.getAsLong() == current;
  }
}
