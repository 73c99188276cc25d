package dev.leaseport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** The class sets and the named rules the architecture tests share. */
final class ArchitectureFixtures {
  static final String FIXTURE_ROOT = "dev.leaseport.architecture.fixture";

  /**
   * Leaseport's own classes, from every module, without any test class, nor the shared test data
   * (the {@code testdata} module: a test dependency, never shipped, which signs Stripe events with
   * {@code javax.crypto}).
   */
  static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("/dev/leaseport/domain/testdata/"))
          .importPackages(LeaseportArchitecture.PRODUCTION_ROOT);

  /** The deliberately broken layout; it lives in the test tree, so tests are not excluded. */
  static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE_ROOT);

  private ArchitectureFixtures() {}

  static Stream<Named<Function<String, ArchRule>>> everyRule() {
    return Stream.of(
        Named.of("dependencies point inward", LeaseportArchitecture::dependenciesPointInward),
        Named.of("the domain is pure Java", LeaseportArchitecture::domainIsPureJava),
        Named.of("the application is pure Java", LeaseportArchitecture::applicationIsPureJava),
        Named.of(
            "Stripe stays in the payments adapter",
            LeaseportArchitecture::stripeStaysInThePaymentsAdapter),
        Named.of("the system tier is confined", LeaseportArchitecture::systemTierIsConfined),
        Named.of(
            "wiring only constructs the system tier",
            LeaseportArchitecture::wiringOnlyConstructsSystemTier),
        Named.of(
            "only the tiers set role and claims",
            LeaseportArchitecture::roleAndClaimsAreSetOnlyByTheTiers),
        Named.of(
            "use cases have one execute method",
            LeaseportArchitecture::useCasesHaveOneExecuteMethod));
  }
}
