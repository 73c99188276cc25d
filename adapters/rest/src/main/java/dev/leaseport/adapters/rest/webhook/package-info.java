/**
 * Stripe's webhook endpoints (public: the signature over the raw body is the proof of origin, not a
 * bearer token) and the admins' list of the events received.
 */
package dev.leaseport.adapters.rest.webhook;
