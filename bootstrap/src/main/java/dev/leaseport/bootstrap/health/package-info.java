/** MicroProfile Health checks: live, ready (database and migrations), started. */
package dev.leaseport.bootstrap.health;
