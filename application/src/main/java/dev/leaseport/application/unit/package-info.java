/** Use cases for units, nested under a property or listed across them. */
package dev.leaseport.application.unit;
