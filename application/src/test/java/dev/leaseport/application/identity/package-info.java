/** Specifications of the use cases about the caller's own account. */
package dev.leaseport.application.identity;
