/** The published API document: what it leaves out outside local mode. */
package dev.leaseport.bootstrap.openapi;
