/** Tests of paying and refunding rent: who may, and in which order the provider is called. */
package dev.leaseport.application.payment;
