/** Plan usage and the owner's own billing record, in the user tier under row-level security. */
package dev.leaseport.adapters.persistence.billing;
