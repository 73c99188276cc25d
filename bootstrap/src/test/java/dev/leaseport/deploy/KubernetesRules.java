package dev.leaseport.deploy;

import static dev.leaseport.deploy.Manifests.at;
import static dev.leaseport.deploy.Manifests.list;
import static dev.leaseport.deploy.Manifests.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a rendering of deploy/kubernetes must hold for Leaseport to run safely. Each rule returns
 * its violations, so a test shows each one failing on a broken fixture.
 */
final class KubernetesRules {
  static final String SERVER = "leaseport";

  /** The probe kinds Kubernetes knows and the MicroProfile Health endpoint each must call. */
  static final Map<String, String> PROBE_PATHS =
      Map.of(
          "startupProbe", "/health/started",
          "readinessProbe", "/health/ready",
          "livenessProbe", "/health/live");

  /** Keys production mode refuses to start without (SettingsLoader). */
  private static final List<String> REQUIRED_IN_PRODUCTION =
      List.of(
          "LEASEPORT_DB_URL",
          "LEASEPORT_DB_PASSWORD",
          "LEASEPORT_DB_SYSTEM_PASSWORD",
          "LEASEPORT_DB_ADMIN_PASSWORD",
          "LEASEPORT_JWT_ISSUER",
          "LEASEPORT_JWT_AUDIENCE");

  private static final Pattern DIGEST = Pattern.compile("@sha256:[0-9a-f]{64}$");

  private final Manifests manifests;

  KubernetesRules(Manifests manifests) {
    this.manifests = manifests;
  }

  /** Where one environment variable of the server comes from. */
  record Source(String kind, String value, boolean optional) {
    static final String CONFIG_MAP = "ConfigMap";
    static final String SECRET = "Secret";
    static final String LITERAL = "a literal value";
  }

  /**
   * @param serverXmlHttpPort the port server.xml listens on when LEASEPORT_HTTP_PORT is unset
   */
  List<String> probesCallTheHealthEndpoints(String serverXmlHttpPort) {
    List<String> violations = new ArrayList<>();
    Map<String, Object> container = serverContainer().orElse(Map.of());
    Source configured = environment().get("LEASEPORT_HTTP_PORT");
    String httpPort =
        configured == null || configured.value().isBlank() ? serverXmlHttpPort : configured.value();
    Optional<Map<String, Object>> declared =
        list(container, "ports").stream()
            .filter(p -> httpPort.equals(String.valueOf(p.get("containerPort"))))
            .findFirst();
    if (declared.isEmpty()) {
      violations.add("the container declares no port " + httpPort + ", where the server listens");
    }
    for (Map.Entry<String, String> probe : PROBE_PATHS.entrySet()) {
      Object path = at(container, probe.getKey(), "httpGet", "path");
      if (!probe.getValue().equals(path)) {
        violations.add(probe.getKey() + " calls " + path + ", not " + probe.getValue());
      }
      Object port = at(container, probe.getKey(), "httpGet", "port");
      boolean httpPortProbed =
          declared
              .map(
                  p -> Objects.equals(p.get("name"), port) || httpPort.equals(String.valueOf(port)))
              .orElse(false);
      if (path != null && !httpPortProbed) {
        violations.add(probe.getKey() + " calls port " + port + ", not the server's HTTP port");
      }
    }
    return violations;
  }

  /** Every key of .env.example reaches the server: secrets from a Secret, the rest from config. */
  List<String> everyKeyIsProvided(List<String> keys) {
    Map<String, Source> sources = environment();
    List<String> violations = new ArrayList<>();
    for (String key : keys) {
      Source source = sources.get(key);
      String expected = EnvExample.isSecret(key) ? Source.SECRET : Source.CONFIG_MAP;
      if (source == null) {
        violations.add(key + " is not provided to the server");
      } else if (!source.kind().equals(expected)) {
        violations.add(key + " comes from " + source.kind() + ", not a " + expected);
      }
    }
    return violations;
  }

  /**
   * Production mode's required keys have values, and so does every key server.xml reads as a
   * variable: Liberty takes a blank environment variable literally.
   */
  List<String> requiredKeysHaveValues(Set<String> serverXmlVariables) {
    Map<String, Source> sources = environment();
    List<String> violations = new ArrayList<>();
    for (String key : REQUIRED_IN_PRODUCTION) {
      if (!hasValue(sources.get(key))) {
        violations.add(key + " is required in production mode but may be blank or absent");
      }
    }
    if (!hasValue(sources.get("LEASEPORT_JWT_JWKS_URL"))
        && !hasValue(sources.get("LEASEPORT_JWT_HS256_SECRET"))) {
      violations.add("neither LEASEPORT_JWT_JWKS_URL nor LEASEPORT_JWT_HS256_SECRET is set");
    }
    for (String variable : serverXmlVariables) {
      Source source = sources.get(variable);
      if (source != null && !source.kind().equals(Source.SECRET) && source.value().isBlank()) {
        violations.add(variable + " is blank, and server.xml would use the blank");
      }
    }
    return violations;
  }

  /** Through a transaction-mode pooler, server-side prepared statements reach the wrong backend. */
  List<String> pooledDatabaseUrlDisablesPreparedStatements() {
    Source url = environment().get("LEASEPORT_DB_URL");
    if (url == null) {
      return List.of();
    }
    boolean throughPooler =
        manifests.ofKind("Service").stream()
            .filter(service -> url.value().contains("//" + at(service, "metadata", "name") + ":"))
            .anyMatch(this::selectsAPgBouncer);
    return throughPooler && !url.value().contains("prepareThreshold=0")
        ? List.of("LEASEPORT_DB_URL goes through PgBouncer without prepareThreshold=0")
        : List.of();
  }

  List<String> serverRunsAtLeastTwoReplicas() {
    List<String> violations = new ArrayList<>();
    Map<String, Object> deployment = serverDeployment().orElse(Map.of());
    if (!(at(deployment, "spec", "replicas") instanceof Integer replicas) || replicas < 2) {
      violations.add(
          "the server Deployment has " + at(deployment, "spec", "replicas") + " replicas");
    }
    boolean autoscaledFromTwo =
        manifests.ofKind("HorizontalPodAutoscaler").stream()
            .filter(hpa -> SERVER.equals(at(hpa, "spec", "scaleTargetRef", "name")))
            .anyMatch(hpa -> at(hpa, "spec", "minReplicas") instanceof Integer min && min >= 2);
    if (!autoscaledFromTwo) {
      violations.add("no HorizontalPodAutoscaler keeps at least 2 server replicas");
    }
    Map<String, Object> podLabels = map(deployment, "spec", "template", "metadata", "labels");
    boolean budgeted =
        manifests.ofKind("PodDisruptionBudget").stream()
            .map(pdb -> map(pdb, "spec", "selector", "matchLabels"))
            .anyMatch(
                selector ->
                    !selector.isEmpty() && podLabels.entrySet().containsAll(selector.entrySet()));
    if (!budgeted) {
      violations.add("no PodDisruptionBudget covers the server's pods");
    }
    return violations;
  }

  /** Every image, the database's included, by a version tag or a digest: never latest. */
  List<String> imagesArePinned() {
    List<String> violations = new ArrayList<>();
    Stream<Object> images =
        Stream.concat(
            podSpecs().stream().flatMap(spec -> containers(spec).stream()).map(c -> c.get("image")),
            manifests.ofKind("Cluster").stream().map(c -> at(c, "spec", "imageName")));
    images.forEach(
        image -> {
          String name = String.valueOf(image);
          String afterPath = name.substring(name.lastIndexOf('/') + 1);
          // A release tag names a version (0.1.0, 17.5); latest, main or stable move.
          boolean tagged =
              afterPath.matches("[^:]+:[^:]*\\d[^:]*") && !afterPath.endsWith(":latest");
          if (!tagged && !DIGEST.matcher(name).find()) {
            violations.add("image " + name + " is not pinned to a tag or digest");
          }
        });
    return violations;
  }

  /** Every pod runs as a non-root user, with no privilege escalation. */
  List<String> podsRunAsNonRoot() {
    List<String> violations = new ArrayList<>();
    for (Map<String, Object> spec : podSpecs()) {
      Object podNonRoot = at(spec, "securityContext", "runAsNonRoot");
      Object podUser = at(spec, "securityContext", "runAsUser");
      for (Map<String, Object> container : containers(spec)) {
        Object nonRoot = orElse(at(container, "securityContext", "runAsNonRoot"), podNonRoot);
        Object user = orElse(at(container, "securityContext", "runAsUser"), podUser);
        String name = String.valueOf(container.get("name"));
        if (!Boolean.TRUE.equals(nonRoot) || Integer.valueOf(0).equals(user)) {
          violations.add(name + " may run as root");
        }
        if (!Boolean.FALSE.equals(at(container, "securityContext", "allowPrivilegeEscalation"))) {
          violations.add(name + " allows privilege escalation");
        }
      }
    }
    Map<String, Object> server = serverContainer().orElse(Map.of());
    if (!Boolean.TRUE.equals(at(server, "securityContext", "readOnlyRootFilesystem"))) {
      violations.add("the server's root filesystem is writable");
    }
    return violations;
  }

  /** Traffic drains before Liberty stops, and Liberty has time to finish in-flight requests. */
  List<String> serverShutsDownGracefully() {
    List<String> violations = new ArrayList<>();
    Map<String, Object> container = serverContainer().orElse(Map.of());
    if (at(container, "lifecycle", "preStop") == null) {
      violations.add("the server has no preStop hook: requests arrive while it stops");
    }
    Object grace =
        at(
            serverDeployment().orElse(Map.of()),
            "spec",
            "template",
            "spec",
            "terminationGracePeriodSeconds");
    if (!(grace instanceof Integer seconds) || seconds < 30) {
      violations.add(
          "terminationGracePeriodSeconds is " + grace + ", under Liberty's 30 s quiesce");
    }
    return violations;
  }

  /** The operator-managed roles are those of the provisioning script, attribute for attribute. */
  List<String> databaseRolesMatch(List<DatabaseRole> scriptRoles) {
    List<String> violations = new ArrayList<>();
    for (Map<String, Object> cluster : manifests.ofKind("Cluster")) {
      Object owner = at(cluster, "spec", "bootstrap", "initdb", "owner");
      Map<String, DatabaseRole> managed = new LinkedHashMap<>();
      for (Map<String, Object> role : list(cluster, "spec", "managed", "roles")) {
        managed.put(
            String.valueOf(role.get("name")),
            new DatabaseRole(
                String.valueOf(role.get("name")),
                Boolean.TRUE.equals(role.get("login")),
                !Boolean.FALSE.equals(role.get("inherit")),
                Boolean.TRUE.equals(role.get("bypassrls")),
                role.get("inRoles") instanceof List<?> in ? toStrings(in) : Set.of()));
      }
      for (DatabaseRole expected : scriptRoles) {
        if (expected.name().equals(owner)) {
          continue;
        }
        DatabaseRole actual = managed.get(expected.name());
        if (!expected.equals(actual)) {
          violations.add(
              "role " + expected.name() + " is " + actual + ", the script makes " + expected);
        }
      }
    }
    return violations;
  }

  /** The server container's environment: each variable and where its value comes from. */
  Map<String, Source> environment() {
    Map<String, Source> sources = new LinkedHashMap<>();
    Map<String, Object> container = serverContainer().orElse(Map.of());
    for (Map<String, Object> from : list(container, "envFrom")) {
      Object configMap = at(from, "configMapRef", "name");
      manifests
          .find("ConfigMap", String.valueOf(configMap))
          .ifPresent(
              cm ->
                  map(cm, "data")
                      .forEach(
                          (k, v) ->
                              sources.put(
                                  k, new Source(Source.CONFIG_MAP, String.valueOf(v), false))));
    }
    for (Map<String, Object> variable : list(container, "env")) {
      String name = String.valueOf(variable.get("name"));
      Object configKey = at(variable, "valueFrom", "configMapKeyRef");
      Object secretKey = at(variable, "valueFrom", "secretKeyRef");
      if (variable.containsKey("value")) {
        sources.put(name, new Source(Source.LITERAL, String.valueOf(variable.get("value")), false));
      } else if (configKey != null) {
        Object value =
            manifests
                .find("ConfigMap", String.valueOf(at(configKey, "name")))
                .map(cm -> at(cm, "data", String.valueOf(at(configKey, "key"))))
                .orElse("");
        sources.put(
            name,
            new Source(
                Source.CONFIG_MAP,
                String.valueOf(value),
                Boolean.TRUE.equals(at(configKey, "optional"))));
      } else if (secretKey != null) {
        sources.put(
            name, new Source(Source.SECRET, "", Boolean.TRUE.equals(at(secretKey, "optional"))));
      }
    }
    return sources;
  }

  Optional<Map<String, Object>> serverContainer() {
    return serverDeployment().stream()
        .flatMap(d -> list(d, "spec", "template", "spec", "containers").stream())
        .filter(c -> SERVER.equals(c.get("name")))
        .findFirst();
  }

  private Optional<Map<String, Object>> serverDeployment() {
    return manifests.find("Deployment", SERVER);
  }

  private static boolean hasValue(Source source) {
    if (source == null || source.optional()) {
      return false;
    }
    return source.kind().equals(Source.SECRET) || !source.value().isBlank();
  }

  private boolean selectsAPgBouncer(Map<String, Object> service) {
    Map<String, Object> selector = map(service, "spec", "selector");
    return !selector.isEmpty()
        && manifests.ofKind("Deployment").stream()
            .filter(
                d ->
                    map(d, "spec", "template", "metadata", "labels")
                        .entrySet()
                        .containsAll(selector.entrySet()))
            .flatMap(d -> list(d, "spec", "template", "spec", "containers").stream())
            .anyMatch(c -> String.valueOf(c.get("image")).contains("pgbouncer"));
  }

  private List<Map<String, Object>> podSpecs() {
    return Stream.of("Deployment", "StatefulSet", "DaemonSet", "Job")
        .flatMap(kind -> manifests.ofKind(kind).stream())
        .map(o -> map(o, "spec", "template", "spec"))
        .toList();
  }

  private static List<Map<String, Object>> containers(Map<String, Object> podSpec) {
    List<Map<String, Object>> all = new ArrayList<>(list(podSpec, "initContainers"));
    all.addAll(list(podSpec, "containers"));
    return all;
  }

  /** A container's own setting wins over its pod's. */
  private static Object orElse(Object containerValue, Object podValue) {
    return containerValue != null ? containerValue : podValue;
  }

  private static Set<String> toStrings(List<?> values) {
    Set<String> strings = new HashSet<>();
    values.forEach(v -> strings.add(String.valueOf(v)));
    return strings;
  }
}
