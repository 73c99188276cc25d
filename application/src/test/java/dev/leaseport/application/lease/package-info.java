/** Tests of the lease use cases: who may run them and which state each needs. */
package dev.leaseport.application.lease;
