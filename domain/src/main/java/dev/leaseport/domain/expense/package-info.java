/**
 * An owner's expenses: what a property (and optionally one of its units or a maintenance request)
 * cost them, by category, for their books.
 */
package dev.leaseport.domain.expense;
