/**
 * The database the persistence tests run against. Every {@link
 * dev.leaseport.adapters.persistence.testing.DatabaseTest} runs once per {@link
 * dev.leaseport.adapters.persistence.testing.PostgresUnderTest}: one embedded PostgreSQL per test
 * JVM (always) and a Testcontainers PostgreSQL (when Docker is present; skipped otherwise), both
 * provisioned and migrated like production, reached through small connection pools, with helpers to
 * act as a caller and to clean data between tests.
 */
package dev.leaseport.adapters.persistence.testing;
