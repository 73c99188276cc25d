package dev.leaseport.deploy;

import java.util.Set;

/** A PostgreSQL role as far as Leaseport's security depends on it. */
record DatabaseRole(
    String name, boolean login, boolean inherit, boolean bypassRls, Set<String> memberOf) {}
