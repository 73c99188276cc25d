package dev.leaseport.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** Every error must have the one problem+json shape, and never leak internals. */
final class ProblemAssertions {
  private ProblemAssertions() {}

  static void assertProblem(Response response, int status, String code) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("type"))
        .isEqualTo("https://leaseport.dev/problems/" + code);
    assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
    assertThat(response.jsonPath().getString("code")).isEqualTo(code);
    assertThat(response.jsonPath().getString("title")).isNotBlank();
    assertThat(response.jsonPath().getString("detail")).isNotBlank();
    assertThat(response.jsonPath().getString("instance")).startsWith("/");
    assertThat(response.jsonPath().getString("requestId"))
        .isEqualTo(response.header("X-Request-Id"));
    assertThat(response.asString())
        .doesNotContain("Exception")
        .doesNotContain("at dev.leaseport")
        .doesNotContainIgnoringCase("sqlstate")
        .doesNotContainIgnoringCase("select ")
        .doesNotContain("org.");
  }
}
