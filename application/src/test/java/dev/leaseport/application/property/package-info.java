/** Specifications of the property use cases. */
package dev.leaseport.application.property;
