/** {@code /api/v1/properties}: an owner's properties. */
package dev.leaseport.adapters.rest.property;
