package dev.leaseport.adapters.rest.request;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id and path of the current request, quoted in logs and in every problem response. */
@RequestScoped
public class RequestIdentity {
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
  private String id;
  private String path = "/";

  /** Keeps a caller-supplied id when it is safe to echo, else makes one. */
  void begin(String suppliedId, String requestPath) {
    this.id =
        suppliedId != null && SAFE_ID.matcher(suppliedId).matches()
            ? suppliedId
            : UUID.randomUUID().toString();
    this.path = requestPath;
  }

  public String id() {
    if (id == null) {
      id = UUID.randomUUID().toString();
    }
    return id;
  }

  public String path() {
    return path;
  }
}
