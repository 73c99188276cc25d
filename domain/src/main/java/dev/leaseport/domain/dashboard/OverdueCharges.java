package dev.leaseport.domain.dashboard;

import dev.leaseport.domain.shared.Money;

/** The OPEN charges of one currency due before the day, and their balance together. */
public record OverdueCharges(long count, Money amount) {}
