package dev.leaseport.domain.portal;

import java.util.Optional;
import java.util.UUID;

/** The renter's own account, as the overview shows it. */
public record OverviewProfile(
    UUID id, String email, Optional<String> fullName, Optional<String> phone) {}
