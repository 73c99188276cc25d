/** Outbound ports the use cases need beyond the domain's repositories: transactions. */
package dev.leaseport.application.port;
