/** The deployable: configuration, wiring of ports to adapters, start-up, health and metrics. */
package dev.leaseport.bootstrap;
