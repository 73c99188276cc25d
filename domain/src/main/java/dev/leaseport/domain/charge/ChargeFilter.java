package dev.leaseport.domain.charge;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Which charges a list shows: of one lease, in a status, of a kind, due within dates. */
public record ChargeFilter(
    Optional<UUID> leaseId,
    Optional<ChargeStatus> status,
    Optional<ChargeKind> kind,
    Optional<LocalDate> dueFrom,
    Optional<LocalDate> dueTo) {

  public static ChargeFilter none() {
    return new ChargeFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
