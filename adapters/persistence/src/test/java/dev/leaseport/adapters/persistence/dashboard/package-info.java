/** Tests of the owner's dashboard function and its adapter on a real PostgreSQL. */
package dev.leaseport.adapters.persistence.dashboard;
