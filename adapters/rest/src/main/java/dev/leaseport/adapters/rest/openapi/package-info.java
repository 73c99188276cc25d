/** What the published API document says once for every operation: security and error answers. */
package dev.leaseport.adapters.rest.openapi;
