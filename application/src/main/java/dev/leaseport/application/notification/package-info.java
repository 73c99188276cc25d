/** Use cases for the caller's own notifications, for every user type. */
package dev.leaseport.application.notification;
