/** The Stripe adapter against a fake Stripe API (WireMock on loopback), through stripe-java. */
package dev.leaseport.adapters.payments;
