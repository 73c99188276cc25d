package dev.leaseport.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The fake Stripe API the integration-test server calls (its {@code STRIPE_API_BASE}, see
 * src/it/liberty/config/server.env): WireMock on a fixed loopback port, started once per test run
 * and shared by the payment test classes, each of which stubs only what its own users need.
 */
final class FakeStripeApi {
  static final int PORT = 9186;
  private static WireMockServer server;

  private FakeStripeApi() {}

  static synchronized WireMockServer get() {
    if (server == null) {
      server = new WireMockServer(options().bindAddress("127.0.0.1").port(PORT));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }
}
