/** Who may run jobs by hand and read their records, and which dates they may ask for. */
package dev.leaseport.application.job;
