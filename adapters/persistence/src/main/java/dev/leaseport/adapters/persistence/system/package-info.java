/**
 * The system tier: the one entry point that bypasses row-level security. Only webhooks, jobs and
 * authorization guards may use it (an architecture test enforces it), each with a stated reason
 * that is recorded in the transaction and counted.
 */
package dev.leaseport.adapters.persistence.system;
