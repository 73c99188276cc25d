/** Tests of the health checks against a real embedded PostgreSQL. */
package dev.leaseport.bootstrap.health;
