/**
 * A renter's saved payment methods (cards and US bank accounts kept at the payment provider for
 * later and off-session payments) and autopay, which pays a lease's due charges with one of them.
 */
package dev.leaseport.domain.paymentmethod;
