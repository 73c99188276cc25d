/** Specifications of the tenant requests. */
package dev.leaseport.adapters.rest.tenant;
