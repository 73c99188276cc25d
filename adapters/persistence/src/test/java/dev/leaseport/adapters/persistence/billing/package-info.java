/** Plan limits and the billing record on the real database, races included. */
package dev.leaseport.adapters.persistence.billing;
