package dev.leaseport.domain.payment;

import java.util.UUID;

/** An owner as the payment provider's billing customer, made once per owner. */
public record NewBillingCustomer(UUID ownerId, String email) {}
