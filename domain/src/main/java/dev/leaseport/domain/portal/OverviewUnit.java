package dev.leaseport.domain.portal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The leased unit, in brief. */
public record OverviewUnit(
    UUID id, String unitNumber, OptionalInt bedrooms, Optional<BigDecimal> bathrooms) {}
