package dev.leaseport.application.port;

import java.util.Arrays;
import java.util.Objects;

/**
 * A successful answer as the client received it, kept to answer a retry: status, the headers that
 * describe what was created ({@code Location}, {@code ETag}, {@code Content-Type}; any may be null)
 * and the body's bytes.
 */
public record StoredResponse(
    int status, String location, String etag, String contentType, byte[] body) {

  public StoredResponse {
    if (status < 200 || status > 299) {
      throw new IllegalArgumentException("Only successful answers are stored, not " + status);
    }
    body = Objects.requireNonNull(body, "body").clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredResponse that
        && status == that.status
        && Objects.equals(location, that.location)
        && Objects.equals(etag, that.etag)
        && Objects.equals(contentType, that.contentType)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, location, etag, contentType, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "StoredResponse[" + status + ", " + location + ", " + body.length + " bytes]";
  }
}
