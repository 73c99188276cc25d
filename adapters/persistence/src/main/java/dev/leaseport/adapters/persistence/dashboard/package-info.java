/**
 * The owner's dashboard: one timed call of {@code leaseport.owner_dashboard(as_of)} in the user
 * tier, its JSON read into the domain's records.
 */
package dev.leaseport.adapters.persistence.dashboard;
