package dev.leaseport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Only the tier packages switch the database role or set {@code request.jwt.claims}, also in SQL
 * text that ArchUnit cannot see; and the scan is shown to find both where they do occur.
 */
class RoleSwitchingScanTest {
  private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
  private static final String FIXTURE_PACKAGE = "dev/leaseport/architecture/fixture";
  private static final List<Path> FIXTURE_ROOTS =
      List.of(
          Path.of("src/test/java").resolve(FIXTURE_PACKAGE),
          Path.of("src/test/resources").resolve(FIXTURE_PACKAGE));

  @Test
  void noMainSourceOutsideTheTiersSwitchesRoleOrSetsClaims() {
    List<Path> roots = RoleSwitchingScan.mainSourceRoots(REPOSITORY);

    assertThat(RoleSwitchingScan.sourceFiles(roots))
        .as("the scan reads Java and SQL of every module")
        .anyMatch(p -> p.toString().endsWith("JooqUserTransactions.java"))
        .anyMatch(p -> p.toString().endsWith(".sql"))
        .anyMatch(p -> p.toString().contains("bootstrap"));
    assertThat(RoleSwitchingScan.violations(roots, "dev/leaseport")).isEmpty();
  }

  @Test
  void theScanRecognisesTheTiersOwnRoleSwitchingWhenNotExempt() {
    List<Path> roots = RoleSwitchingScan.mainSourceRoots(REPOSITORY);

    // Under another package root nothing is exempt: the tiers themselves must then be found.
    assertThat(RoleSwitchingScan.violations(roots, "no/such/root"))
        .anyMatch(line -> line.contains("JooqUserTransactions.java"))
        .anyMatch(line -> line.contains("LocalSettings.java"));
  }

  @Test
  void theScanFailsOnFixturesThatSwitchRoleOrSetClaimsOutsideTheTiers() {
    List<String> violations = RoleSwitchingScan.violations(FIXTURE_ROOTS, FIXTURE_PACKAGE);

    assertThat(violations)
        .anyMatch(
            line -> line.contains("RepositorySwitchingRole.java") && line.contains("set role"))
        .anyMatch(
            line ->
                line.contains("RepositorySwitchingRole.java")
                    && line.contains("request.jwt.claims"))
        .anyMatch(line -> line.contains("claims-from-a-migration.sql"))
        .noneMatch(line -> line.contains("/adapters/persistence/tier/"));
  }
}
