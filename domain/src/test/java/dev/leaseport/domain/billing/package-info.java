/** Tests of plans, their catalog and subscription statuses. */
package dev.leaseport.domain.billing;
