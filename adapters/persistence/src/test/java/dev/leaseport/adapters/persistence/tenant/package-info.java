/** Tests of the tenant repository on a real PostgreSQL. */
package dev.leaseport.adapters.persistence.tenant;
