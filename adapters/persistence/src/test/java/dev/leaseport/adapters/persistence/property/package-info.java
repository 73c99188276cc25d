/** Tests of the property repository against real PostgreSQL, through the user tier. */
package dev.leaseport.adapters.persistence.property;
