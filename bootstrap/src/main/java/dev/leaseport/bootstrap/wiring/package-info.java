/** CDI producers that build the use cases from plain constructors and the adapters they need. */
package dev.leaseport.bootstrap.wiring;
