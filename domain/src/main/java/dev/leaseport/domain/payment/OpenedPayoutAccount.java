package dev.leaseport.domain.payment;

/** The owner's payout account, and whether this call opened it (or found it already open). */
public record OpenedPayoutAccount(PayoutAccount account, boolean opened) {}
