/** Tests of the system tier: role, recorded reason, listener, and its view across owners. */
package dev.leaseport.adapters.persistence.system;
