package dev.leaseport.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code target/leaseport.jar}, made by the package phase: one file holding the server, its
 * configuration, the WAR and the driver, started with {@code java -jar} and its settings in the
 * environment. The started JARs are {@link TwoReplicas}' (production mode), shared with {@link
 * TwoReplicasIT}.
 */
@ExtendWith(SharedTwoReplicas.class)
class RunnableJarIT {
  private static final String SERVER = "wlp/usr/servers/leaseport/";

  /** The whole runtime is ~350 MB; minified to server.xml's features the JAR is ~80 MB. */
  private static final long MOST_BYTES = 150L * 1024 * 1024;

  @Test
  void theJarHoldsTheServerConfigurationTheWarAndTheDriver() throws Exception {
    try (JarFile jar = new JarFile(RunnableJar.JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("wlp.lib.extract.SelfExtractRun");
      assertHolds(jar, "dropins/leaseport.war");
      assertHolds(jar, "lib/global/postgresql.jar");
      assertHolds(jar, "logging-json.xml");
      assertThat(jar.getInputStream(jar.getEntry(SERVER + "server.xml")).readAllBytes())
          .as("the repository's server.xml, as it is now")
          .isEqualTo(Files.readAllBytes(Path.of("../server.xml")));
    }
  }

  @Test
  void theJarCarriesOnlyTheFeaturesTheServerUses() throws Exception {
    assertThat(Files.size(RunnableJar.JAR)).isLessThan(MOST_BYTES);
  }

  @Test
  void startedWithJavaJarInProductionModeItGetsReadyAndServesTheApi(TwoReplicas replicas) {
    RunnableJar jar = replicas.first;
    given()
        .baseUri(jar.baseUrl)
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
    String token = replicas.issuer.token(TestIssuer.AUDIENCE);

    String id =
        jar.as(token)
            .body(Api.propertyBody("Packed Court"))
            .post("/api/v1/properties")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Response list = jar.as(token).get("/api/v1/properties");

    assertThat(list.statusCode()).as(list.asString()).isEqualTo(200);
    assertThat(list.<List<String>>path("data.id")).containsExactly(id);
    assertThat(list.<Integer>path("total")).isEqualTo(1);
  }

  private static void assertHolds(JarFile jar, String serverFile) {
    assertThat(jar.getEntry(SERVER + serverFile)).as(serverFile + " in the JAR").isNotNull();
  }
}
