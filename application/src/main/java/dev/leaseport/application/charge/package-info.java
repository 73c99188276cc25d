/**
 * Use cases for charges: owners add OTHER charges to their leases and void unpaid ones; owners and
 * the renters of a lease list and read its charges (row-level security scopes both).
 */
package dev.leaseport.application.charge;
