/** Properties an owner manages, and the port that stores them. */
package dev.leaseport.domain.property;
