/**
 * Charges under the caller's row-level security: one statement per read, and the owner's writes as
 * calls of the database functions that check the caller and the state.
 */
package dev.leaseport.adapters.persistence.charge;
