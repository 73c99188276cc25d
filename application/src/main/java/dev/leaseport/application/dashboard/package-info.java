/** Use cases of the owner's dashboard. */
package dev.leaseport.application.dashboard;
