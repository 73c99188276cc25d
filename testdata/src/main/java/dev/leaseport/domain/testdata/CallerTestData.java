package dev.leaseport.domain.testdata;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.util.Locale;
import java.util.UUID;

/** Verified callers, each a new user with an e-mail of their own, so tests never share data. */
public final class CallerTestData {
  private CallerTestData() {}

  public static Caller owner() {
    return caller(UserType.OWNER);
  }

  public static Caller tenant() {
    return caller(UserType.TENANT);
  }

  public static Caller caller(UserType type) {
    UUID id = UUID.randomUUID();
    return new Caller(
        id, type.name().toLowerCase(Locale.ROOT) + "-" + id + "@example.test", true, type);
  }
}
