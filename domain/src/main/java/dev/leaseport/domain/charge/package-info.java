/**
 * Charges: what a lease's tenants owe (rent, late fees, other charges), their balance, and the port
 * that stores them. The one billing model: a lease produces charges, payments pay charges.
 */
package dev.leaseport.domain.charge;
