/**
 * The Stripe webhook inbox: each verified event is claimed, applied and recorded in one system-tier
 * transaction (reason {@code stripe-webhook}), because an event concerns an owner who is not the
 * caller: there is no caller. Each event type's effect is a {@link
 * dev.leaseport.adapters.persistence.webhooks.PaymentEventHandler} registered with the inbox.
 */
package dev.leaseport.adapters.persistence.webhooks;
