/** Saved payment methods and autopay use cases with fakes. */
package dev.leaseport.application.paymentmethod;
