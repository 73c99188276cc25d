package dev.leaseport.adapters.rest.paymentmethod;

/**
 * A started setup: Stripe.js confirms it with {@code clientSecret} (shown this once, never stored)
 * to collect a card or bank account; the method appears in the list once Stripe reports it saved.
 */
public record SetupIntentJson(String setupIntentId, String clientSecret) {}
