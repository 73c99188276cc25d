package dev.leaseport.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The production overlay, rendered by {@code kubectl kustomize} as an operator would, holds every
 * rule; each rule also fails on a fixture that breaks it (those need no kubectl).
 */
class KubernetesManifestsTest {
  static final String OVERLAY = "deploy/kubernetes/overlays/production";
  private static final Set<String> SERVER_XML_VARIABLES =
      LibertyServerXml.ofRepository().variableDefaults().keySet();
  private static final String SERVER_HTTP_PORT =
      LibertyServerXml.ofRepository().variableDefaults().get("LEASEPORT_HTTP_PORT");

  /** The rendering; kubectl comes from Debian's package, which .ci/run installs. */
  @Nested
  class ProductionOverlay {
    static KubernetesRules rules;
    static Manifests rendered;

    /** Each test is skipped, with the reason, where kubectl is absent; the rendering runs once. */
    @BeforeEach
    void render() throws IOException {
      assumeTrue(
          Manifests.kubectlIsInstalled(),
          "kubectl is not installed (apt-get install kubectl, or kubernetes-client on Debian"
              + " bookworm); .ci/run installs it, so CI renders the overlay");
      if (rendered == null) {
        rendered = Manifests.render(RepositoryRoot.resolve(OVERLAY));
        rules = new KubernetesRules(rendered);
      }
    }

    @Test
    void rendersTheServerPoolerAndDatabase() {
      assertThat(rendered.find("Deployment", "leaseport")).isPresent();
      assertThat(rendered.find("Deployment", "leaseport-pgbouncer")).isPresent();
      assertThat(rendered.find("Cluster", "leaseport-db")).isPresent();
      assertThat(rendered.ofKind("Service")).hasSize(2);
    }

    @Test
    void probesCallTheHealthEndpoints() {
      assertThat(rules.probesCallTheHealthEndpoints(SERVER_HTTP_PORT)).isEmpty();
    }

    @Test
    void everyKeyOfEnvExampleIsProvidedFromAConfigMapOrASecret() {
      assertThat(EnvExample.keys()).hasSizeGreaterThan(20).contains("STRIPE_SECRET_KEY");
      assertThat(rules.everyKeyIsProvided(EnvExample.keys())).isEmpty();
    }

    @Test
    void requiredKeysHaveValues() {
      assertThat(rules.requiredKeysHaveValues(SERVER_XML_VARIABLES)).isEmpty();
    }

    @Test
    void theDatabaseUrlSuitsTheTransactionModePooler() {
      assertThat(rules.environment().get("LEASEPORT_DB_URL").value())
          .contains("leaseport-pgbouncer")
          .contains("prepareThreshold=0");
      assertThat(rules.pooledDatabaseUrlDisablesPreparedStatements()).isEmpty();
      assertThat(
              Manifests.map(
                      rendered.ofKind("ConfigMap").stream()
                          .filter(cm -> Manifests.map(cm, "data").containsKey("pgbouncer.ini"))
                          .findFirst()
                          .orElseThrow(),
                      "data")
                  .get("pgbouncer.ini"))
          .asString()
          .contains("pool_mode = transaction");
    }

    @Test
    void theServerRunsAtLeastTwoReplicas() {
      assertThat(rules.serverRunsAtLeastTwoReplicas()).isEmpty();
    }

    @Test
    void everyImageIsPinned() {
      assertThat(rules.imagesArePinned()).isEmpty();
    }

    @Test
    void everyPodRunsAsNonRoot() {
      assertThat(rules.podsRunAsNonRoot()).isEmpty();
    }

    @Test
    void theServerShutsDownGracefully() {
      assertThat(rules.serverShutsDownGracefully()).isEmpty();
    }

    @Test
    void theDatabaseRolesAreThoseOfTheProvisioningScript() {
      assertThat(RolesScript.roles()).hasSize(5);
      assertThat(rules.databaseRolesMatch(RolesScript.roles())).isEmpty();
    }
  }

  @Test
  void everyProbedPathHasTheServersOwnHealthCheckBehindIt() {
    Map<String, Class<?>> kindOfCheck =
        Map.of(
            "/health/started", Startup.class,
            "/health/ready", Readiness.class,
            "/health/live", Liveness.class);
    var healthChecks = new ClassFileImporter().importPackages("dev.leaseport.bootstrap.health");
    assertThat(LibertyServerXml.ofRepository().features()).contains("mpHealth-4.0");
    for (String path : KubernetesRules.PROBE_PATHS.values()) {
      assertThat(
              healthChecks.stream().filter(c -> c.isAnnotatedWith(kindOfCheck.get(path).getName())))
          .as("a health check answering %s", path)
          .isNotEmpty();
    }
  }

  @Test
  void wrongProbesAreRefused() {
    assertThat(fixture("wrong-probes").probesCallTheHealthEndpoints(SERVER_HTTP_PORT))
        .containsExactlyInAnyOrder(
            "startupProbe calls null, not /health/started",
            "readinessProbe calls /health/readiness, not /health/ready",
            "livenessProbe calls port 9443, not the server's HTTP port");
  }

  @Test
  void aContainerPortOtherThanTheServersIsRefused() {
    assertThat(fixture("port-mismatch").probesCallTheHealthEndpoints(SERVER_HTTP_PORT))
        .containsExactlyInAnyOrder(
            "the container declares no port 8080, where the server listens",
            "startupProbe calls port http, not the server's HTTP port",
            "readinessProbe calls port http, not the server's HTTP port",
            "livenessProbe calls port http, not the server's HTTP port");
  }

  @Test
  void missingAndMisplacedKeysAreRefused() {
    assertThat(fixture("keys-misplaced").everyKeyIsProvided(EnvExample.keys()))
        .contains(
            "LEASEPORT_DB_PASSWORD comes from ConfigMap, not a Secret",
            "LEASEPORT_MODE comes from a literal value, not a ConfigMap",
            "STRIPE_WEBHOOK_SECRET is not provided to the server")
        .doesNotContain("LEASEPORT_DB_URL is not provided to the server");
  }

  @Test
  void blankRequiredKeysAreRefused() {
    assertThat(fixture("blank-values").requiredKeysHaveValues(SERVER_XML_VARIABLES))
        .containsExactlyInAnyOrder(
            "LEASEPORT_DB_PASSWORD is required in production mode but may be blank or absent",
            "LEASEPORT_JWT_ISSUER is required in production mode but may be blank or absent",
            "LEASEPORT_DB_POOL_MAX is blank, and server.xml would use the blank");
  }

  @Test
  void preparedStatementsThroughThePoolerAreRefused() {
    assertThat(
            fixture("pooler-with-prepared-statements")
                .pooledDatabaseUrlDisablesPreparedStatements())
        .containsExactly("LEASEPORT_DB_URL goes through PgBouncer without prepareThreshold=0");
  }

  @Test
  void aSingleReplicaIsRefused() {
    assertThat(fixture("single-replica").serverRunsAtLeastTwoReplicas())
        .containsExactly(
            "the server Deployment has 1 replicas",
            "no HorizontalPodAutoscaler keeps at least 2 server replicas",
            "no PodDisruptionBudget covers the server's pods");
  }

  @Test
  void floatingImagesAreRefused() {
    assertThat(fixture("floating-images").imagesArePinned())
        .containsExactlyInAnyOrder(
            "image registry.example.com/tools is not pinned to a tag or digest",
            "image registry.example.com/proxy:stable is not pinned to a tag or digest",
            "image registry.example.com:5000/leaseport:latest is not pinned to a tag or digest",
            "image ghcr.io/cloudnative-pg/postgresql:latest is not pinned to a tag or digest");
  }

  @Test
  void aRootPodIsRefused() {
    assertThat(fixture("root-pod").podsRunAsNonRoot())
        .containsExactlyInAnyOrder(
            "leaseport may run as root",
            "leaseport allows privilege escalation",
            "the server's root filesystem is writable");
  }

  @Test
  void anAbruptShutdownIsRefused() {
    assertThat(fixture("abrupt-shutdown").serverShutsDownGracefully())
        .containsExactlyInAnyOrder(
            "the server has no preStop hook: requests arrive while it stops",
            "terminationGracePeriodSeconds is 5, under Liberty's 30 s quiesce");
  }

  @Test
  void rolesDriftingFromTheProvisioningScriptAreRefused() {
    assertThat(fixture("drifted-roles").databaseRolesMatch(RolesScript.roles()))
        .hasSize(3)
        .anySatisfy(v -> assertThat(v).startsWith("role service_role is"))
        .anySatisfy(v -> assertThat(v).startsWith("role authenticator is"))
        .anySatisfy(v -> assertThat(v).startsWith("role system_authenticator is null"));
  }

  private static KubernetesRules fixture(String name) {
    try {
      Path file =
          Path.of(
              KubernetesManifestsTest.class.getResource("kubernetes/" + name + ".yaml").toURI());
      return new KubernetesRules(Manifests.read(file));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
