/** {@code /api/v1/notifications}: every user's own notifications. */
package dev.leaseport.adapters.rest.notification;
