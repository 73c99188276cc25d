/**
 * The caller's own profile (user tier). The row itself is provisioned by the user tier on every
 * request transaction ({@code leaseport.provision_caller()}).
 */
package dev.leaseport.adapters.persistence.identity;
