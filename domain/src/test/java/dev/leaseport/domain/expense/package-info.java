/** Tests of the expense commands' field rules. */
package dev.leaseport.domain.expense;
