/** Receiving events and listing them, against fakes of the verifier, inbox and log. */
package dev.leaseport.application.webhook;
