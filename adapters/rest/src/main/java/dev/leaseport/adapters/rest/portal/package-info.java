/** {@code /api/v1/tenant/overview}: the renter's start page, read in one database call. */
package dev.leaseport.adapters.rest.portal;
