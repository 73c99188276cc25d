/**
 * The owner's analytics: one call of one {@code leaseport.*_report} function per report, in the
 * user tier under the caller's row-level security, timed by report name.
 */
package dev.leaseport.adapters.persistence.analytics;
