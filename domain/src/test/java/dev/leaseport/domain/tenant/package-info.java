/** Specifications of tenant records' field rules. */
package dev.leaseport.domain.tenant;
