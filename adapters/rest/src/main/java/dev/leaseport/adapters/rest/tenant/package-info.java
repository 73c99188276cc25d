/** {@code /api/v1/tenants}: an owner's records of their renters. */
package dev.leaseport.adapters.rest.tenant;
