/**
 * Payments as Leaseport needs them, named for what it does (an owner's payout account, a
 * subscription checkout, a provider's event), with domain types only: the payment provider's own
 * classes stay in its adapter (an architecture test enforces it).
 */
package dev.leaseport.domain.payment;
