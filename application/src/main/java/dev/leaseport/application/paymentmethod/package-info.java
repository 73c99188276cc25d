/**
 * A renter's saved payment methods (save one, list, choose the default, remove) and autopay on
 * their leases. Every call to the payment provider happens outside the database transactions, and
 * before anything is written.
 */
package dev.leaseport.application.paymentmethod;
