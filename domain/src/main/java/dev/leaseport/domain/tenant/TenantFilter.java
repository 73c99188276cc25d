package dev.leaseport.domain.tenant;

import java.util.Optional;

/** Which tenant records a list shows; {@code text} searches first name, last name and e-mail. */
public record TenantFilter(Optional<TenantStatus> status, Optional<String> text) {

  public static TenantFilter none() {
    return new TenantFilter(Optional.empty(), Optional.empty());
  }
}
