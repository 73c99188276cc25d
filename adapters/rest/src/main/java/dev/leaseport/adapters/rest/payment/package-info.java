/**
 * {@code /api/v1/payments} and {@code /api/v1/charges/{id}/pay}: a tenant pays a charge's balance
 * (the answer carries the client secret the browser confirms with), the owner refunds, both read.
 */
package dev.leaseport.adapters.rest.payment;
