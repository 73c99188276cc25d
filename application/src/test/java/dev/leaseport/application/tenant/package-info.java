/** Specifications of the tenant use cases. */
package dev.leaseport.application.tenant;
