/**
 * The owner's analytics: revenue by month, occupancy, maintenance, expiring leases and a tenant's
 * payment history. Each report is computed whole by the database in one call and travels as the
 * JSON document it answered ({@link dev.leaseport.domain.analytics.Report}).
 */
package dev.leaseport.domain.analytics;
