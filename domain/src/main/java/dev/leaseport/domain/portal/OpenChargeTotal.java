package dev.leaseport.domain.portal;

import dev.leaseport.domain.shared.Money;

/** How many OPEN charges the renter has in one currency, and what they still owe in it. */
public record OpenChargeTotal(long count, Money balance) {}
