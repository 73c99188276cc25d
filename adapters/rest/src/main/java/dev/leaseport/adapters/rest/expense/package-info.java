/** {@code /api/v1/expenses}: an owner's expenses; tenants are 403. */
package dev.leaseport.adapters.rest.expense;
