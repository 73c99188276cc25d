/** Tests of the tenant overview function and its adapter on a real PostgreSQL. */
package dev.leaseport.adapters.persistence.portal;
