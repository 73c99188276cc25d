/** Tests of the export functions: exact rows, row-level security, one statement, streaming. */
package dev.leaseport.adapters.persistence.export;
