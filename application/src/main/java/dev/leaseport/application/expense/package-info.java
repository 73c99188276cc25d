/** Use cases of an owner's expenses; tenants may use none of them. */
package dev.leaseport.application.expense;
