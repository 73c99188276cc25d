package dev.leaseport.adapters.persistence.tier;

import static org.jooq.impl.DSL.inline;

import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * {@code set_config(name, value, true)}: a setting that ends with its transaction. Leaseport uses
 * no session-level state, so a transaction-mode pooler can sit in front of the database. It sets
 * the role and the caller's claims, so only the two tiers may call it (an architecture test and a
 * source scan enforce it).
 */
public final class LocalSettings {
  private LocalSettings() {}

  public static Field<String> setLocal(String name, Field<String> value) {
    return DSL.function("set_config", String.class, inline(name), value, inline(true));
  }
}
