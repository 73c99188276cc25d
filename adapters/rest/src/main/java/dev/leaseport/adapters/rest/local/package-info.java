/** Local mode only: minting tokens for trying Leaseport out. Absent (404) in every other mode. */
package dev.leaseport.adapters.rest.local;
