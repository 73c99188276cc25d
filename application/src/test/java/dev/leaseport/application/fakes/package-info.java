/** In-memory stand-ins for the ports, small enough to read at a glance. */
package dev.leaseport.application.fakes;
