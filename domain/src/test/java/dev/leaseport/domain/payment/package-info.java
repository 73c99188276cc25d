/** Tests of the payment values: the platform fee's rounding. */
package dev.leaseport.domain.payment;
