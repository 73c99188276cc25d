/** What happens before the first request: embedded database, roles, migrations, demo data. */
package dev.leaseport.bootstrap.startup;
