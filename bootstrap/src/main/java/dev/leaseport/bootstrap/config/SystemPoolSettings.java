package dev.leaseport.bootstrap.config;

/**
 * The system tier's own small pool and login ({@code system_authenticator}, which may become only
 * {@code service_role}); the request pool's login cannot. The password stays out of {@link
 * #toString()}.
 */
public record SystemPoolSettings(String user, String password, int poolMax) {
  @Override
  public String toString() {
    return "systemDbUser=" + user + ", systemDbPoolMax=" + poolMax;
  }
}
