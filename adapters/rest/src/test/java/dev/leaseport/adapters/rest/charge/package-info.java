/** Charge request bodies and list queries as the strict reader fills them. */
package dev.leaseport.adapters.rest.charge;
