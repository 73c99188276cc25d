/**
 * The daily schedule of the jobs, on a managed scheduled executor, and what each run reports to
 * metrics and the log. Every server runs the schedule; the job runner makes each date run once.
 */
package dev.leaseport.bootstrap.jobs;
