/** Tests of which classes the wiring turns into beans. */
package dev.leaseport.bootstrap.wiring;
