/**
 * The job runner: each registered job is one database function {@code fn(as_of date) returns
 * jsonb}, run in the system tier (reason {@code scheduled-job}: a job works across every owner)
 * together with the claim of its {@code job_runs} row, so any number of servers run it once per
 * date.
 */
package dev.leaseport.adapters.persistence.jobs;
