/** Token buckets, route patterns and client addresses, without a server. */
package dev.leaseport.adapters.rest.ratelimit;
