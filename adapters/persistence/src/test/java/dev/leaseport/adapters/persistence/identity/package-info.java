/**
 * Tests of identity provisioning (in every user-tier transaction) and the own-profile repository.
 */
package dev.leaseport.adapters.persistence.identity;
