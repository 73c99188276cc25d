package dev.leaseport.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

  @Test
  void aBodyCutOffByTheClientIsAMalformedRequestNotAnIoFailure() {
    InputStream cutOff =
        new SequenceInputStream(
            new ByteArrayInputStream("{\"name\": \"Half".getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new EOFException("Connection closed: Read failed.");
              }
            });

    InputStream body = limited(cutOff, 1000);

    assertThatThrownBy(body::readAllBytes)
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.code()).isEqualTo("malformed-request");
              assertThat(problem.getMessage()).contains("ended before");
            });
  }

  @Test
  void aCompleteBodyIsReadUnchanged() throws IOException {
    byte[] json = "{\"name\": \"Whole\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(limited(new ByteArrayInputStream(json), json.length).readAllBytes()).isEqualTo(json);
  }

  /** Runs the filter on a request with this body and returns the stream it installs. */
  private static InputStream limited(InputStream entity, int declaredLength) {
    AtomicReference<InputStream> installed = new AtomicReference<>();
    ContainerRequestContext request =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                BodySizeLimitTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getLength" -> declaredLength;
                      case "hasEntity" -> true;
                      case "getEntityStream" -> entity;
                      case "setEntityStream" -> {
                        installed.set((InputStream) args[0]);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    new BodySizeLimit().filter(request);
    return installed.get();
  }
}
