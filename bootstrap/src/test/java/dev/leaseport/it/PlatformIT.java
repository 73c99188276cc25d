package dev.leaseport.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
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
        .containsPattern(
            "leaseport_system_tier_uses_total\\{[^}]*reason=\"identity-provisioning\"");
    assertThat(metrics)
        .containsPattern(
            "REST_request_seconds_count\\{class=\"dev.leaseport.adapters.rest.profile.MeResource\",method=\"get\"");
    assertThat(metrics)
        .containsPattern("connectionpool_managedConnections\\{datasource=\"jdbc_leaseport\"");
  }

  @Test
  void theLocalModeServerDoesNotAnswerOnOtherAddressesOfThisMachine() throws Exception {
    Optional<InetAddress> external =
        NetworkInterface.networkInterfaces()
            .filter(PlatformIT::isUp)
            .flatMap(NetworkInterface::inetAddresses)
            .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
            .findFirst();
    assumeTrue(external.isPresent(), "this machine has no non-loopback address");
    given().baseUri(Api.BASE).get("/health/live").then().statusCode(200);

    try (Socket socket = new Socket()) {
      assertThatThrownBy(
              () -> socket.connect(new InetSocketAddress(external.get(), Api.PORT), 2_000))
          .as("connecting to " + external.get().getHostAddress() + ":" + Api.PORT)
          .isInstanceOf(ConnectException.class);
    }
  }

  private static boolean isUp(NetworkInterface networkInterface) {
    try {
      return networkInterface.isUp();
    } catch (SocketException e) {
      return false;
    }
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
}
