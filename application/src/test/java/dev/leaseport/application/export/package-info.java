/** Tests of the export use cases. */
package dev.leaseport.application.export;
