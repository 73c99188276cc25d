/** The daily schedule's decisions, without a clock or a server. */
package dev.leaseport.bootstrap.jobs;
