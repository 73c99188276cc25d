/**
 * Which adapter fills which port: one CDI producer per port, and an extension that makes every use
 * case a bean, so adding a use case needs no wiring.
 */
package dev.leaseport.bootstrap.wiring;
