package dev.leaseport.domain.portal;

import dev.leaseport.domain.property.Address;
import java.util.UUID;

/** The property of the leased unit: its name and where it is. */
public record OverviewProperty(UUID id, String name, Address address) {}
