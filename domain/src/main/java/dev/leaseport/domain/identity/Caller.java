package dev.leaseport.domain.identity;

import dev.leaseport.domain.shared.ForbiddenException;
import java.util.Objects;
import java.util.UUID;

/**
 * The verified identity behind a request, taken only from a verified token: never from a request
 * body.
 */
public record Caller(UUID userId, String email, boolean emailVerified, UserType userType) {

  public Caller {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(userType, "userType");
  }

  /** Refuses any caller whose user type is not the given one (403, not 404). */
  public void require(UserType allowed) {
    if (userType != allowed) {
      throw ForbiddenException.wrongUserType(allowed.name());
    }
  }
}
