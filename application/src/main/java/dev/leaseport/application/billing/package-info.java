/**
 * Owner billing: the plans on offer, the owner's subscription, and the hosted Stripe pages to
 * subscribe and to manage a subscription. Every action answers 503 where billing is not configured.
 */
package dev.leaseport.application.billing;
