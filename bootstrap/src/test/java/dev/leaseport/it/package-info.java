/**
 * HTTP tests of real servers: the packaged WAR deployed by Arquillian on an Open Liberty server
 * with its embedded PostgreSQL, and servers the tests launch themselves (production mode, the
 * runnable JAR as two replicas), exercised over HTTP only.
 */
package dev.leaseport.it;
