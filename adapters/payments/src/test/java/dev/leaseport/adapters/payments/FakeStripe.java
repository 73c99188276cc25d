package dev.leaseport.adapters.payments;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Optional;

/**
 * A fake Stripe API on a random loopback port, and the settings that point stripe-java at it with
 * short timeouts and one network retry, so failure tests stay fast.
 */
final class FakeStripe {
  static final Duration READ_TIMEOUT = Duration.ofMillis(700);

  private FakeStripe() {}

  static WireMockServer start() {
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    return server;
  }

  static StripeSettings settings(WireMockServer server) {
    return new StripeSettings(
        "sk_test_fake",
        Optional.of("http://127.0.0.1:" + server.port()),
        1,
        Duration.ofSeconds(2),
        READ_TIMEOUT);
  }

  static String error(String type, String code) {
    return """
        {"error": {"type": "%s", "code": "%s", "message": "fake %s"}}"""
        .formatted(type, code, code);
  }
}
