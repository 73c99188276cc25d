/** Specifications of the unit commands' validation. */
package dev.leaseport.domain.unit;
