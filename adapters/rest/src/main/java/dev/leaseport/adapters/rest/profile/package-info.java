/** {@code /api/v1/me}: the caller's own profile. */
package dev.leaseport.adapters.rest.profile;
