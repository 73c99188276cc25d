/** Tests of the domain-error table. */
package dev.leaseport.adapters.rest.problem;
