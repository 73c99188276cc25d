/** {@code /api/v1/units} and {@code /api/v1/properties/{id}/units}. */
package dev.leaseport.adapters.rest.unit;
