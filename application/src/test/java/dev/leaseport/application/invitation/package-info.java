/** Specifications of the invitation use cases. */
package dev.leaseport.application.invitation;
