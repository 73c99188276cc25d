package dev.leaseport.adapters.rest.request;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over 1 MiB with 413: by {@code Content-Length} up front, and by counting for
 * chunked bodies that do not declare a length. A body the client breaks off is 400.
 */
@Provider
@PreMatching
@Priority(2)
public class BodySizeLimit implements ContainerRequestFilter {
  public static final long MAX_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      throw tooLarge();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream()));
    }
  }

  /**
   * Reading the body failed: the client closed the connection before sending what it announced. The
   * client's doing, so a 400 (if anyone is still listening), not a logged server error.
   */
  private static ApiProblem cutOff() {
    return ApiProblem.malformed("The body ended before its declared length");
  }

  private static ApiProblem tooLarge() {
    return new ApiProblem(413, "payload-too-large", "The body is larger than 1 MiB");
  }

  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() {
      int b;
      try {
        b = super.read();
      } catch (IOException e) {
        throw cutOff();
      }
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n;
      try {
        n = super.read(buffer, offset, length);
      } catch (IOException e) {
        throw cutOff();
      }
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw tooLarge();
      }
    }
  }
}
