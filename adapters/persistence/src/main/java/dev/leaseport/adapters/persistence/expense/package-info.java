/** An owner's expenses under the caller's row-level security. */
package dev.leaseport.adapters.persistence.expense;
