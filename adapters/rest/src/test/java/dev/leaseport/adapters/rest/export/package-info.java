/** Tests of the CSV format and the export columns. */
package dev.leaseport.adapters.rest.export;
