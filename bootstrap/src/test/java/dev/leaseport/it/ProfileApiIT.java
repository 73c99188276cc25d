package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ProfileApiIT {

  @Test
  void theFirstRequestProvisionsTheUserFromTheToken() {
    String email = "new-" + UUID.randomUUID() + "@example.test";
    Response me = as(Api.token("TENANT", email)).get("/api/v1/me");

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.<String>path("email")).isEqualTo(email);
    assertThat(me.<String>path("userType")).isEqualTo("TENANT");
    assertThat(me.header("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void ownersAndTenantsEditTheirOwnNameAndPhone() {
    for (String type : new String[] {"OWNER", "TENANT"}) {
      String token = Api.newUser(type);
      Response updated =
          as(token)
              .body(Map.of("fullName", "Ana Lima", "phone", "+1 555 0100"))
              .patch("/api/v1/me");
      assertThat(updated.statusCode()).isEqualTo(200);
      assertThat(updated.<String>path("fullName")).isEqualTo("Ana Lima");
      assertThat(as(token).get("/api/v1/me").<String>path("phone")).isEqualTo("+1 555 0100");
    }
  }

  @Test
  void emailAndUserTypeCannotBeChangedThroughTheApi() {
    String token = Api.newUser("TENANT");
    assertProblem(
        as(token).body(Map.of("userType", "OWNER")).patch("/api/v1/me"), 400, "malformed-request");
    assertProblem(
        as(token).body(Map.of("email", "x@example.test")).patch("/api/v1/me"),
        400,
        "malformed-request");
    assertThat(as(token).get("/api/v1/me").<String>path("userType")).isEqualTo("TENANT");
  }

  @Test
  void invalidProfileFieldsAre422AndAStaleVersionIs412() {
    String token = Api.newUser("OWNER");
    assertProblem(
        as(token).body(Map.of("phone", "call me")).patch("/api/v1/me"), 422, "validation-failed");
    assertProblem(
        as(token).header("If-Match", "\"9\"").body(Map.of("fullName", "X")).patch("/api/v1/me"),
        412,
        "precondition-failed");
  }

  @Test
  void theProfileRequiresAToken() {
    assertProblem(Api.anonymous().get("/api/v1/me"), 401, "unauthenticated");
    assertProblem(Api.anonymous().body("{}").patch("/api/v1/me"), 401, "unauthenticated");
  }

  @Test
  void aMergePatchClearsThePhone() {
    String token = Api.newUser("TENANT");
    String before =
        as(token)
            .body(Map.of("phone", "+1 555 0100"))
            .patch("/api/v1/me")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");

    Response cleared =
        as(token)
            .contentType("application/merge-patch+json; charset=utf-8")
            .body("{\"phone\": null}")
            .patch("/api/v1/me");

    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(cleared.<String>path("phone")).isNull();
    assertThat(cleared.header("ETag")).isNotNull().isNotEqualTo(before);
  }
}
