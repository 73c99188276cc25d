/** jOOQ implementation of the property repository port. */
package dev.leaseport.adapters.persistence.property;
