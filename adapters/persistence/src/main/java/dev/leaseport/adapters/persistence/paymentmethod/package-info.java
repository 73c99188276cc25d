/**
 * The caller's saved payment methods, their customer id and their leases' autopay, in the user
 * tier: row-level security shows each renter their own methods only, and the database functions of
 * the migrations keep one default per user and change nothing of a lease but its autopay.
 */
package dev.leaseport.adapters.persistence.paymentmethod;
