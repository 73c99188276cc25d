/** Reading requests strictly: JSON bodies, list parameters, If-Match, request ids, size limits. */
package dev.leaseport.adapters.rest.request;
