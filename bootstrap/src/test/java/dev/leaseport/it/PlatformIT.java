package dev.leaseport.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, metrics and OpenAPI answer without a token, outside /api/v1. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Test
  void healthEndpointsReportUpWithTheDatabaseCheck() {
    given().baseUri(Api.BASE).get("/health/live").then().statusCode(200);
    given().baseUri(Api.BASE).get("/health/started").then().statusCode(200);
    String ready =
        given().baseUri(Api.BASE).get("/health/ready").then().statusCode(200).extract().asString();
    assertThat(ready).contains("\"database\"").contains("\"UP\"");
  }

  @Test
  void metricsExposeRequestTimingsPoolUsageAndSystemTierUses() {
    Api.newUser("OWNER");
    given()
        .baseUri(Api.BASE)
        .header("Authorization", "Bearer " + Api.newUser("OWNER"))
        .get("/api/v1/me")
        .then()
        .statusCode(200);

    String metrics =
        given().baseUri(Api.BASE).get("/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics)
        .containsPattern("leaseport_system_tier_uses_total\\{[^}]*reason=\"stripe-webhook\"");
    assertThat(metrics)
        .containsPattern(
            "REST_request_seconds_count\\{class=\"dev.leaseport.adapters.rest.profile.MeResource\",method=\"get\"");
    assertThat(metrics)
        .containsPattern("connectionpool_managedConnections\\{datasource=\"jdbc_leaseport\"");
  }

  /**
   * Read from the kernel's socket table rather than by connecting to another address of this
   * machine: tests send traffic to loopback only.
   */
  @Test
  void theLocalModeServerListensOnLoopbackOnly() throws Exception {
    given().baseUri(Api.BASE).get("/health/live").then().statusCode(200);

    List<InetAddress> listening = ListeningSockets.on(Api.PORT);

    assertThat(listening).as("sockets listening on port " + Api.PORT).isNotEmpty();
    assertThat(listening)
        .allSatisfy(
            address -> assertThat(address.isLoopbackAddress()).as(address.toString()).isTrue());
  }

  @Test
  void openApiDescribesTheApiAndTheUiIsServed() {
    String document =
        given().baseUri(Api.BASE).get("/openapi").then().statusCode(200).extract().asString();
    assertThat(document)
        .contains("/api/v1/properties")
        .contains("/api/v1/units/{id}")
        .contains("/api/v1/me")
        .contains("bearer")
        .as("local mode documents its token route")
        .contains("/api/v1/dev/tokens");
    given().baseUri(Api.BASE).get("/openapi/ui/").then().statusCode(200);
  }

  /**
   * The document is built from Leaseport's packages only (a faster start); the domain's enums,
   * which the REST records use, live outside the REST package and must still be described.
   */
  @Test
  void openApiDescribesTheDomainTypesTheApiUses() {
    io.restassured.path.json.JsonPath document =
        given()
            .baseUri(Api.BASE)
            .get("/openapi?format=JSON")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(document.getList("components.schemas.ExpenseCategory.enum"))
        .contains("REPAIRS", "OTHER");
    assertThat(document.getList("components.schemas.UserType.enum")).contains("OWNER", "TENANT");
  }
}
