/** Use cases for an owner's tenant records. */
package dev.leaseport.application.tenant;
