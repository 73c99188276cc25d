/** Tests of identity provisioning (system tier) and the own-profile repository (user tier). */
package dev.leaseport.adapters.persistence.identity;
