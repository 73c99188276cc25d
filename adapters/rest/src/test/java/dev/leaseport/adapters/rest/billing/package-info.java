/** Tests of the billing request and response shapes. */
package dev.leaseport.adapters.rest.billing;
