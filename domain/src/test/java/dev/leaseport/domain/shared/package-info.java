/** Specifications of the shared value objects, paging and domain errors. */
package dev.leaseport.domain.shared;
