/** Specifications of the property commands' validation. */
package dev.leaseport.domain.property;
