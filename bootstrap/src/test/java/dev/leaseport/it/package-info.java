/**
 * Arquillian tests: the packaged WAR deployed on a real Open Liberty server with its embedded
 * PostgreSQL, exercised over HTTP only.
 */
package dev.leaseport.it;
