/** What a user is told about events on their leases, maintenance and money. */
package dev.leaseport.domain.notification;
