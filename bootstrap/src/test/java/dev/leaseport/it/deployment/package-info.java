/**
 * How the Arquillian tests get their server: Arquillian starts the integration-test Liberty server
 * once per test run, and the packaged WAR is deployed on it once, so every test class talks to the
 * same deployment (and the same embedded PostgreSQL) instead of redeploying per class.
 */
package dev.leaseport.it.deployment;
