/** Specifications of strict request parsing: JSON bodies, list parameters, preconditions. */
package dev.leaseport.adapters.rest.request;
