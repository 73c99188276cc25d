package dev.leaseport.adapters.rest.lease;

import dev.leaseport.domain.lease.SigningContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Where a signature came from: the connection's client address (behind a proxy, the server's
 * remote-IP configuration decides what that is; headers a client can forge are not read here) and
 * the User-Agent, cut to what the database keeps.
 */
final class SigningContexts {
  private static final int USER_AGENT_MAX = 500;

  private SigningContexts() {}

  static SigningContext of(HttpServletRequest request, String userAgent) {
    return new SigningContext(
        Optional.ofNullable(request == null ? null : request.getRemoteAddr()),
        Optional.ofNullable(userAgent)
            .map(a -> a.length() > USER_AGENT_MAX ? a.substring(0, USER_AGENT_MAX) : a));
  }
}
