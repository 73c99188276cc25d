/**
 * Paying rent and giving it back: a tenant pays a charge's balance, the owner refunds, both read
 * the payments. The payment provider is called between two short transactions, never inside one.
 */
package dev.leaseport.application.payment;
