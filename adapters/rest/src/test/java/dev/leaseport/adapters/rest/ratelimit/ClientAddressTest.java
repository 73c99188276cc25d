package dev.leaseport.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressTest {
  private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.0.2.1, ::1").get();

  @Test
  void anUntrustedPeersForwardingHeadersAreIgnored() {
    assertThat(ClientAddress.of("203.0.113.9", null, "198.51.100.7", proxies))
        .isEqualTo("203.0.113.9");
    assertThat(ClientAddress.of("203.0.113.9", "for=198.51.100.7", null, proxies))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxysXForwardedForIsWalkedFromTheNearestHop() {
    assertThat(ClientAddress.of("10.1.2.3", null, "198.51.100.7", proxies))
        .isEqualTo("198.51.100.7");
    // A client cannot choose its address by prepending one: the nearest untrusted hop wins.
    assertThat(ClientAddress.of("10.1.2.3", null, "1.2.3.4, 198.51.100.7, 10.9.9.9", proxies))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void theStandardForwardedHeaderWinsOverXForwardedFor() {
    assertThat(
            ClientAddress.of(
                "192.0.2.1",
                "for=\"[2001:db8:cafe::17]:4711\";proto=https, for=10.0.0.5",
                "198.51.100.99",
                proxies))
        .isEqualTo("2001:db8:cafe::17");
    assertThat(ClientAddress.of("::1", "for=198.51.100.7:8080", null, proxies))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void anObfuscatedOrGarbledHopStopsTheWalkAtTheLastTrustedOne() {
    assertThat(ClientAddress.of("10.1.2.3", "for=_hidden", null, proxies)).isEqualTo("10.1.2.3");
    assertThat(ClientAddress.of("10.1.2.3", null, "not-an-address", proxies)).isEqualTo("10.1.2.3");
  }

  @Test
  void withoutHeadersTheTrustedPeerItselfIsTheClient() {
    assertThat(ClientAddress.of("10.1.2.3", null, null, proxies)).isEqualTo("10.1.2.3");
    assertThat(ClientAddress.of("10.1.2.3", null, "198.51.100.7", TrustedProxies.none()))
        .isEqualTo("10.1.2.3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"proxy.example.com", "10.0.0.0/33", "10.0.0.1/x", "::1/129", "1.2.3"})
  void trustedProxiesAreAddressesOrBlocksOnly(String text) {
    assertThat(TrustedProxies.parse(text)).isEmpty();
  }
}
