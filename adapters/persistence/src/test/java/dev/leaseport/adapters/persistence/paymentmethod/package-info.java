/**
 * Saved payment methods and the renter's Stripe customer on PostgreSQL, under row-level security.
 */
package dev.leaseport.adapters.persistence.paymentmethod;
