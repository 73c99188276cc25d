package dev.leaseport.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteGlobTest {
  @Test
  void aRouteMatchesItsMethodAndPath() {
    RouteGlob accept = RouteGlob.parse("POST /api/v1/invitations/accept").orElseThrow();

    assertThat(accept.matches("POST", "/api/v1/invitations/accept")).isTrue();
    assertThat(accept.matches("post", "api/v1/invitations/accept")).isTrue();
    assertThat(accept.matches("GET", "/api/v1/invitations/accept")).isFalse();
    assertThat(accept.matches("POST", "/api/v1/invitations/accepted")).isFalse();
  }

  @Test
  void oneStarIsOneSegmentAndTwoAreAny() {
    RouteGlob payments = RouteGlob.parse("POST /api/v1/leases/*/payments").orElseThrow();
    RouteGlob exports = RouteGlob.parse("* /api/v1/exports/**").orElseThrow();

    assertThat(payments.matches("POST", "/api/v1/leases/123/payments")).isTrue();
    assertThat(payments.matches("POST", "/api/v1/leases/1/2/payments")).isFalse();
    assertThat(exports.matches("GET", "/api/v1/exports/payments/2026.csv")).isTrue();
    assertThat(exports.matches("DELETE", "/api/v1/exports/x")).isTrue();
    assertThat(exports.matches("GET", "/api/v1/export")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/api/v1/x", "POST", "POST api/v1", "PO5T /x", "POST /x y"})
  void aPatternInAnotherShapeIsRefused(String text) {
    assertThat(RouteGlob.parse(text)).isEmpty();
  }
}
