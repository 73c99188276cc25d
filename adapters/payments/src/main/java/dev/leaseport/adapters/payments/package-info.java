/**
 * The payment ports implemented with stripe-java's {@code StripeClient}: network retries on,
 * timeouts set, an idempotency key derived from Leaseport's own row on every write, and Stripe's
 * failures mapped to domain errors in one place ({@link
 * dev.leaseport.adapters.payments.StripeFailures}). Only this package sees Stripe's classes.
 */
package dev.leaseport.adapters.payments;
