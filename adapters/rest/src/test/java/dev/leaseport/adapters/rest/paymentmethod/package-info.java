/** The saved-method and autopay bodies as the strict reader fills them. */
package dev.leaseport.adapters.rest.paymentmethod;
