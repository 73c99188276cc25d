/** Admins running scheduled jobs by hand (back-fills, re-runs) and reading their records. */
package dev.leaseport.application.job;
