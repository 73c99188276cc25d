/**
 * The owner's dashboard: the figures an owner opens every morning, read in one call under their own
 * identity for a day they choose.
 */
package dev.leaseport.domain.dashboard;
