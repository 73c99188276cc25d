/** jOOQ implementation of the unit repository port. */
package dev.leaseport.adapters.persistence.unit;
