/**
 * {@code /api/v1/charges} and {@code /api/v1/leases/{id}/charges}: owners add and void charges;
 * owners and the renters of a lease read them with their balances.
 */
package dev.leaseport.adapters.rest.charge;
