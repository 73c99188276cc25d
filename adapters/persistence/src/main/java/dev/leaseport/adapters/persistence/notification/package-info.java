/** The caller's notifications through jOOQ: read and marked read, never written by requests. */
package dev.leaseport.adapters.persistence.notification;
