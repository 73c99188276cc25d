/** The query plans of every list and filter, against a fixture of realistic size. */
package dev.leaseport.adapters.persistence.plans;
