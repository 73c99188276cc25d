/**
 * Scheduled jobs: each is one database function run for a date, at most once per date whatever the
 * number of servers, and the record of each run.
 */
package dev.leaseport.domain.job;
