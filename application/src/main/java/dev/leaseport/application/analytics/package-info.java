/** The owner's analytics: each use case reads one report in one user-tier transaction. */
package dev.leaseport.application.analytics;
