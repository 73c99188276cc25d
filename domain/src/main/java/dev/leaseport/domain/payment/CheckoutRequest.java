package dev.leaseport.domain.payment;

import java.net.URI;
import java.util.UUID;

/**
 * A hosted checkout for one plan's subscription: the owner's billing customer, the provider's price
 * of the plan, and where the checkout sends the owner afterwards. The owner's id travels with the
 * session so its completion event names the owner.
 */
public record CheckoutRequest(
    UUID ownerId, String customerId, String priceId, URI successUrl, URI cancelUrl) {}
