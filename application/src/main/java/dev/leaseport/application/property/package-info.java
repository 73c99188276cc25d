/** Use cases for an owner's properties. */
package dev.leaseport.application.property;
