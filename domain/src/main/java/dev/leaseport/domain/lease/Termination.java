package dev.leaseport.domain.lease;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** How a terminated lease ended: when it was decided, from which day, and why. */
public record Termination(Instant terminatedAt, LocalDate effectiveDate, Optional<String> reason) {}
