/**
 * Unit tests of the repositories' shared helpers, chiefly the SQLSTATE translation, and of the
 * types the code generation gives the columns.
 */
package dev.leaseport.adapters.persistence.support;
