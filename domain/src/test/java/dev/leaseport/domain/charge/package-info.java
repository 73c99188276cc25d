/** Charge command and balance tests. */
package dev.leaseport.domain.charge;
