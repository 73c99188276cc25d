package dev.leaseport.bootstrap.config;

/** Local mode runs with no setup and mints its own tokens; production trusts an external issuer. */
public enum Mode {
  LOCAL,
  PRODUCTION
}
