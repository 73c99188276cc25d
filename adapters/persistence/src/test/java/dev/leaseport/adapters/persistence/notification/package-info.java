/** Tests of the notification repository on a real PostgreSQL. */
package dev.leaseport.adapters.persistence.notification;
