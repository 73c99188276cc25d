/** Optional demo data for local mode, created through the same use cases a request uses. */
package dev.leaseport.bootstrap.demo;
