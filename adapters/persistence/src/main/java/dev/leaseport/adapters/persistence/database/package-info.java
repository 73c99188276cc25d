/** Getting a database ready: the embedded server for local mode, roles, and migrations. */
package dev.leaseport.adapters.persistence.database;
