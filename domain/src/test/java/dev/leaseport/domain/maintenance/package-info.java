/** The maintenance status machine and the rules of filing and changing requests. */
package dev.leaseport.domain.maintenance;
