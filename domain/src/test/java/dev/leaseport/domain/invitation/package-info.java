/** Specifications of invitation tokens and states. */
package dev.leaseport.domain.invitation;
