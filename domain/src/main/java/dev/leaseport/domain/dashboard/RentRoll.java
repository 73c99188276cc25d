package dev.leaseport.domain.dashboard;

import dev.leaseport.domain.shared.Money;

/** The ACTIVE leases in one currency covering the day, and their monthly rent together. */
public record RentRoll(long leases, Money monthlyRent) {}
