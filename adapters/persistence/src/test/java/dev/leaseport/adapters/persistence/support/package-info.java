/** Unit tests of the repositories' shared helpers, chiefly the SQLSTATE translation. */
package dev.leaseport.adapters.persistence.support;
