/** Tests of the unit repository against real PostgreSQL, through the user tier. */
package dev.leaseport.adapters.persistence.unit;
