/**
 * Receiving the payment provider's events: verify the delivery, then hand the event to the inbox
 * that applies it exactly once; and the admins' list of what was received.
 */
package dev.leaseport.application.webhook;
