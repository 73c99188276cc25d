package dev.leaseport.adapters.persistence.database;

/**
 * Where the database is and which logins to use: {@code adminUser} owns the schema and runs
 * migrations; the request pool logs in as {@code authenticator}.
 */
public record DatabaseSettings(
    String url, String adminUser, String adminPassword, String appUser, String appPassword) {

  @Override
  public String toString() {
    return "DatabaseSettings[url="
        + url
        + ", adminUser="
        + adminUser
        + ", appUser="
        + appUser
        + "]";
  }
}
