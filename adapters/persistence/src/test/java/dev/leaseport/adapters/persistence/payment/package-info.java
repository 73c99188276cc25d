/** Tests of paying rent, refunds, bank debits and disputes on a real PostgreSQL. */
package dev.leaseport.adapters.persistence.payment;
