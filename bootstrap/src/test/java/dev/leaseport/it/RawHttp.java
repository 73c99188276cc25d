package dev.leaseport.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * HTTP that REST Assured will not send: a Content-Type whose charset the client must not apply
 * itself, and a client that hangs up before the body it announced is complete.
 */
final class RawHttp {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private RawHttp() {}

  record Answer(int status, String body) {}

  /** Posts UTF-8 bytes under whatever Content-Type header the test names, untouched. */
  static Answer post(String path, String token, String contentType, String requestId, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .header("X-Request-Id", requestId)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError("the server did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Announces {@code declaredLength} bytes, sends only {@code partialBody}, then closes. */
  static void hangUpMidBody(
      String path, String token, String requestId, int declaredLength, String partialBody)
      throws IOException, InterruptedException {
    URI base = URI.create(Api.BASE);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\n"
              + "Host: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nX-Request-Id: "
              + requestId
              + "\r\nContent-Length: "
              + declaredLength
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(partialBody.getBytes(StandardCharsets.UTF_8));
      out.flush();
      // Let the server start reading the body before the connection goes away.
      Thread.sleep(500);
    }
  }
}
