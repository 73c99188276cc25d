/** Specifications of the unit use cases. */
package dev.leaseport.application.unit;
