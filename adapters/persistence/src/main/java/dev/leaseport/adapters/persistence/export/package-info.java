/**
 * The owner's exports: one set-returning database function per export, read through a server-side
 * cursor a batch at a time and handed on line by line, under the caller's row-level security.
 */
package dev.leaseport.adapters.persistence.export;
