/**
 * {@code /api/v1/exports}: the owner's CSV files (RFC 4180, UTF-8, spreadsheet-safe), streamed from
 * the database cursor to the client a line at a time.
 */
package dev.leaseport.adapters.rest.export;
