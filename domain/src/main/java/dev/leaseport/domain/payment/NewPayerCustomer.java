package dev.leaseport.domain.payment;

import java.util.UUID;

/** A renter as the payment provider's customer, made once per user, who saves methods to pay by. */
public record NewPayerCustomer(UUID userId, String email) {}
