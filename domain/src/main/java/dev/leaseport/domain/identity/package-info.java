/** Who is calling: user types, the verified caller, and the caller's own profile. */
package dev.leaseport.domain.identity;
