/** {@code /api/v1/billing}: an owner's plans, subscription, checkout and billing portal. */
package dev.leaseport.adapters.rest.billing;
