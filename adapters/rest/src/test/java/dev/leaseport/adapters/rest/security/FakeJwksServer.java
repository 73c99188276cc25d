package dev.leaseport.adapters.rest.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;

/**
 * An identity provider's JWKS endpoint on 127.0.0.1 that a test can make slow, take down or rotate,
 * and that counts every request it receives.
 */
final class FakeJwksServer implements AutoCloseable {
  private final AtomicInteger hits = new AtomicInteger();
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final HttpServer server;
  private volatile String body = "{\"keys\":[]}";
  private volatile Duration delay = Duration.ZERO;
  private volatile boolean down;

  FakeJwksServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.createContext("/jwks.json", this::answer);
    server.setExecutor(handlers);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
  }

  void publish(JsonWebKey... keys) {
    body = new JsonWebKeySet(List.of(keys)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    down = false;
    delay = Duration.ZERO;
  }

  /** Answers only after {@code delay}, like a provider under load. */
  void answerAfter(Duration delay) {
    this.delay = delay;
  }

  /** Answers 503 to every request. */
  void goDown() {
    down = true;
  }

  int hits() {
    return hits.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    hits.incrementAndGet();
    try (exchange) {
      Thread.sleep(delay.toMillis());
      byte[] bytes = (down ? "unavailable" : body).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(down ? 503 : 200, bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
