/**
 * {@code /api/v1/analytics}: the owner's reports, each the JSON document one database call
 * computed; the parameters are parsed strictly (400 {@code invalid-parameter}).
 */
package dev.leaseport.adapters.rest.analytics;
