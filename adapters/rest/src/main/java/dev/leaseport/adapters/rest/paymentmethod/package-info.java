/**
 * {@code /api/v1/payment-methods}, a renter's saved cards and bank accounts, and {@code
 * /api/v1/leases/{id}/autopay}, which pays a lease's due charges with one of them.
 */
package dev.leaseport.adapters.rest.paymentmethod;
