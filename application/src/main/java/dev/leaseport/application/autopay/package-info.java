/**
 * The autopay job: due charges of autopay leases are claimed in the database and each is charged
 * off-session with the payment provider, once per charge whatever the number of servers.
 */
package dev.leaseport.application.autopay;
