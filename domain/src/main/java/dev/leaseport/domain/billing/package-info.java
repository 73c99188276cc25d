/**
 * Owner billing: the plans an owner may subscribe to, their limits, the subscription Stripe
 * reports, and the ports that read them.
 */
package dev.leaseport.domain.billing;
