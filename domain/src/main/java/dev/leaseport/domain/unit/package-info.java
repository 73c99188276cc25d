/** Rentable units inside a property, and the port that stores them. */
package dev.leaseport.domain.unit;
