/** Specifications of configuration loading: defaults, validation all at once, .env parsing. */
package dev.leaseport.bootstrap.config;
