/** Tests of the export rules. */
package dev.leaseport.domain.export;
