/** Tests of the payment bodies as the strict reader fills them. */
package dev.leaseport.adapters.rest.payment;
