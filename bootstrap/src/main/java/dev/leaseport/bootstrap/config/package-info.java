/** Configuration from the environment and {@code .env}, validated all at once at start-up. */
package dev.leaseport.bootstrap.config;
