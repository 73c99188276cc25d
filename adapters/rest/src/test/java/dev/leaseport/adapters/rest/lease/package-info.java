/** Tests of the lease request bodies as the strict reader fills them. */
package dev.leaseport.adapters.rest.lease;
