/** Small helpers the repositories share: SQL error translation, paging, partial updates. */
package dev.leaseport.adapters.persistence.support;
