/** The owner's analytics functions on the real database: exact figures, RLS, one statement. */
package dev.leaseport.adapters.persistence.analytics;
