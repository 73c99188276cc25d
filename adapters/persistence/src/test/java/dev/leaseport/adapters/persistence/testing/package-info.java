/**
 * The database the persistence tests run against: one embedded PostgreSQL per test JVM (always), or
 * a Testcontainers PostgreSQL (when Docker is present), provisioned and migrated like production,
 * with helpers to act as a caller and to clean data between tests.
 */
package dev.leaseport.adapters.persistence.testing;
