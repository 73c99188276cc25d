/** Tests of the expense use cases with in-memory fakes. */
package dev.leaseport.application.expense;
