/** Tests of the tenant portal's use cases. */
package dev.leaseport.application.portal;
