/** The maintenance bodies as the strict reader fills them. */
package dev.leaseport.adapters.rest.maintenance;
