/**
 * Writing responses once for every resource: the list envelope, {@code ETag} from a
 * representation's version, 201 with {@code Location} for creates.
 */
package dev.leaseport.adapters.rest.response;
