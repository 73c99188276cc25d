/** Use cases of the tenant portal. */
package dev.leaseport.application.portal;
