/**
 * The published API document: the conventions every operation shares, and what it leaves out
 * outside local mode.
 */
package dev.leaseport.bootstrap.openapi;
