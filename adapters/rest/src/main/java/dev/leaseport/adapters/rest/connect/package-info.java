/** {@code /api/v1/connect}: an owner's payout account with Stripe Connect. */
package dev.leaseport.adapters.rest.connect;
