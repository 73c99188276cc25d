/** The domain core: the property-management model and the ports it needs, in plain Java. */
package dev.leaseport.domain;
