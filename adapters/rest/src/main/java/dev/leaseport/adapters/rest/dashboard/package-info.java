/** {@code /api/v1/dashboard}: the owner's figures for a day, read in one database call. */
package dev.leaseport.adapters.rest.dashboard;
