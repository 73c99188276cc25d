/** The dashboard's query parameter and JSON as the edge reads and writes them. */
package dev.leaseport.adapters.rest.dashboard;
