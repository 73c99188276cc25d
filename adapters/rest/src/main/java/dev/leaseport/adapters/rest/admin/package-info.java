/** {@code /api/v1/admin}: what only admins may do, such as running scheduled jobs by hand. */
package dev.leaseport.adapters.rest.admin;
