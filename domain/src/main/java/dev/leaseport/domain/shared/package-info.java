/** Value objects, paging and domain errors shared by every feature. */
package dev.leaseport.domain.shared;
