/** Tests of the owner dashboard's records. */
package dev.leaseport.domain.dashboard;
