package dev.leaseport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The image cannot be built here (no registry to pull the base from), so its Containerfile is
 * checked as text; each rule is also run on a fixture that breaks it, to show it can fail.
 */
class ContainerfileTest {
  private static final LibertyServerXml SERVER = LibertyServerXml.ofRepository();

  @Test
  void theRepositoryContainerfileFollowsEveryRule() {
    assertThat(rules(RepositoryRoot.resolve("Containerfile")).all()).isEmpty();
  }

  @Test
  void theImageInstallsExactlyTheFeaturesOfServerXml() {
    assertThat(SERVER.features()).contains("restfulWS-3.1", "mpHealth-4.0", "jdbc-4.3");
    assertThat(rules(RepositoryRoot.resolve("Containerfile")).installsTheServerFeatures())
        .isEmpty();
  }

  @Test
  void aFloatingBaseImageIsRefused() {
    assertThat(violations("unpinned-base", ContainerfileRules::baseImageIsPinned))
        .singleElement()
        .asString()
        .contains("not pinned");
  }

  @Test
  void aRootUserIsRefused() {
    assertThat(violations("root-user", ContainerfileRules::runsAsNonRootUser))
        .containsExactly("USER root runs the server as root");
  }

  @Test
  void aPasswordInTheImageIsRefused() {
    assertThat(violations("secret-in-env", ContainerfileRules::carriesNoSecrets))
        .containsExactly("ENV LEASEPORT_DB_PASSWORD puts a secret into the image");
  }

  @Test
  void featuresMissingWhenFeaturesShRunsAreRefused() {
    assertThat(violations("config-after-features", ContainerfileRules::installsTheServerFeatures))
        .singleElement()
        .asString()
        .contains("does not install")
        .contains("restfulWS-3.1");
  }

  @Test
  void aMissingExposeOfTheHttpPortIsRefused() {
    assertThat(violations("no-expose", ContainerfileRules::exposesTheHttpPort))
        .containsExactly("does not EXPOSE the HTTP port 9080");
  }

  @Test
  void aFileNotOwnedByTheLibertyUserIsRefused() {
    assertThat(violations("root-owned-copy", ContainerfileRules::copiesFilesOwnedByTheLibertyUser))
        .singleElement()
        .asString()
        .contains("leaseport.war");
  }

  @Test
  void configureShBeforeTheApplicationIsRefused() {
    assertThat(violations("configure-too-early", ContainerfileRules::configuresTheServerLast))
        .containsExactly("runs configure.sh before the last COPY");
  }

  @Test
  void aHeapBlindToTheMemoryLimitIsRefused() {
    assertThat(violations("no-heap-setting", ContainerfileRules::setsContainerAwareHeap))
        .singleElement()
        .asString()
        .contains("MaxRAMPercentage");
  }

  @Test
  void aCopyOfAMissingFileIsRefused() {
    assertThat(violations("missing-source", ContainerfileRules::copiesFilesThatExist))
        .containsExactly("copies deploy/container/jvm-options-renamed, which does not exist");
  }

  @Test
  void aSourceTheBuildContextLeavesOutIsRefused() {
    ContainerfileRules rules =
        rules(RepositoryRoot.resolve("Containerfile"), fixture("narrow", ".dockerignore"));
    assertThat(rules.copiesFilesTheBuildContextSends())
        .containsExactly(
            "copies deploy/container/jvm.options, which .dockerignore leaves out of the context");
  }

  @Test
  void theBuildContextSendsOnlyWhatTheImageNeeds() {
    BuildContextIgnore ignore = BuildContextIgnore.read(RepositoryRoot.resolve(".dockerignore"));
    assertThat(ignore.sends("bootstrap/target/leaseport.war")).isTrue();
    assertThat(ignore.sends("server.xml")).isTrue();
    assertThat(ignore.sends(".leaseport/postgres/base")).isFalse();
    assertThat(ignore.sends(".env")).isFalse();
    assertThat(ignore.sends("bootstrap/target/liberty/wlp/lib")).isFalse();
  }

  private static List<String> violations(
      String fixture, Function<ContainerfileRules, List<String>> rule) {
    return rule.apply(rules(fixture(fixture)));
  }

  private static ContainerfileRules rules(Path containerfile) {
    return rules(containerfile, RepositoryRoot.resolve(".dockerignore"));
  }

  private static ContainerfileRules rules(Path containerfile, Path ignoreFile) {
    return new ContainerfileRules(
        Containerfile.read(containerfile),
        RepositoryRoot.path(),
        SERVER,
        BuildContextIgnore.read(ignoreFile));
  }

  private static Path fixture(String name) {
    return fixture(name, ".Containerfile");
  }

  private static Path fixture(String name, String suffix) {
    try {
      return Path.of(ContainerfileTest.class.getResource("containerfile/" + name + suffix).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
