/** Tests of the billing use cases and of plan limits in the create use cases. */
package dev.leaseport.application.billing;
