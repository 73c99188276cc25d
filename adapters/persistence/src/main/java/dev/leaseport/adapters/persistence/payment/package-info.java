/**
 * Rent payments in the user tier: the caller's payments as row-level security shows them, and the
 * database functions that start a payment and reserve a refund, each checking its caller.
 */
package dev.leaseport.adapters.persistence.payment;
