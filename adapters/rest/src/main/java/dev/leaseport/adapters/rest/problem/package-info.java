/** The one error format: every failure becomes RFC 9457 problem+json here, and nowhere else. */
package dev.leaseport.adapters.rest.problem;
