/** Tests of the owner's dashboard use case. */
package dev.leaseport.application.dashboard;
