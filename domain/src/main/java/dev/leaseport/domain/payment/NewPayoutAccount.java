package dev.leaseport.domain.payment;

import java.util.UUID;

/** What the provider needs to open an owner's payout account (a Connect Express account). */
public record NewPayoutAccount(UUID ownerId, String email) {}
