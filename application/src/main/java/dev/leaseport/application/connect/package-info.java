/**
 * Owners' payout accounts with the payment provider (Stripe Connect Express): open one, go through
 * the provider's onboarding, read its state.
 */
package dev.leaseport.application.connect;
