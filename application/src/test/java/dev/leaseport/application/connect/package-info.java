/** The payout-account use cases against fakes of the provider and the rows. */
package dev.leaseport.application.connect;
