/** Tests of the expense repository and the expense table's ownership rules on a real PostgreSQL. */
package dev.leaseport.adapters.persistence.expense;
