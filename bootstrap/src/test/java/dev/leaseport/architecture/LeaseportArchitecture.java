package dev.leaseport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the hexagon, built for a root package so the very same rules run against the
 * production code ({@code dev.leaseport}, must pass) and against broken fixtures (must fail). Every
 * rule refuses to pass when its {@code that()} side selects no class.
 */
final class LeaseportArchitecture {
  static final String PRODUCTION_ROOT = "dev.leaseport";

  /**
   * The packages that may reach the system tier: the tier itself, webhooks, scheduled jobs and
   * cross-owner authorization guards (identity provisioning runs in the request's own transaction,
   * through {@code leaseport.provision_caller()}), plus the bootstrap wiring that constructs it
   * (and may do nothing else with it, see {@link #wiringOnlyConstructsSystemTier}). Relative to the
   * root package.
   */
  static final List<String> SYSTEM_TIER_ALLOWED_PACKAGES =
      List.of(
          "adapters.persistence.system..",
          "adapters.persistence.webhooks..",
          "adapters.persistence.jobs..",
          "adapters.persistence.guards..",
          "bootstrap.wiring..");

  static final String SYSTEM_TIER = "adapters.persistence.system.SystemTier";

  /** The code that sets the role and the claims of a transaction ({@code set_config}). */
  static final String LOCAL_SETTINGS = "adapters.persistence.tier.LocalSettings";

  /** The only packages that may switch the database role or set {@code request.jwt.claims}. */
  static final List<String> ROLE_SETTING_PACKAGES =
      List.of("adapters.persistence.tier..", "adapters.persistence.system..");

  /**
   * Use cases with a public method besides {@code execute}, and why. ListUnits serves two routes
   * (the flat list and the list nested under a property) that differ in their authorization.
   */
  static final Map<String, Set<String>> USE_CASES_WITH_EXTRA_METHODS =
      Map.of("application.unit.ListUnits", Set.of("ofProperty"));

  private LeaseportArchitecture() {}

  /** Dependencies point inward: adapters and bootstrap outside, application, domain at the core. */
  static ArchRule dependenciesPointInward(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(false)
        .layer("Domain")
        .definedBy(root + ".domain..")
        .layer("Application")
        .definedBy(root + ".application..")
        .layer("Persistence adapter")
        .definedBy(root + ".adapters.persistence..")
        .layer("REST adapter")
        .definedBy(root + ".adapters.rest..")
        .layer("Payments adapter")
        .definedBy(root + ".adapters.payments..")
        .layer("Bootstrap")
        .definedBy(root + ".bootstrap..")
        .whereLayer("Bootstrap")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Persistence adapter")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("REST adapter")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Payments adapter")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Persistence adapter", "REST adapter", "Bootstrap")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers(
            "Application", "Persistence adapter", "REST adapter", "Payments adapter", "Bootstrap")
        .ensureAllClassesAreContainedInArchitectureIgnoring(
            describe(
                "package-info and classes outside " + root,
                (JavaClass c) ->
                    c.getSimpleName().equals("package-info")
                        || !c.getPackageName().startsWith(root)))
        .allowEmptyShould(false);
  }

  /** The domain is plain Java: no framework, no SQL, no payment provider, no config API. */
  static ArchRule domainIsPureJava(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(root + ".domain..", "java..")
        .because("the domain must compile and run without any framework")
        .allowEmptyShould(false);
  }

  /**
   * Stripe's classes stay in the payments adapter (and the wiring that builds it): the domain and
   * the use cases speak of payout accounts and events, never of a provider's types, and the other
   * adapters reach payments only through the domain's ports.
   */
  static ArchRule stripeStaysInThePaymentsAdapter(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(root + ".adapters.payments..", root + ".bootstrap.wiring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.stripe..")
        .because("payments are behind the domain's ports; Stripe is one adapter of them")
        .allowEmptyShould(false);
  }

  /** The application layer sees the domain and the JDK, nothing else. */
  static ArchRule applicationIsPureJava(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(root + ".application..", root + ".domain..", "java..")
        .because("use cases decide; adapters do the technology")
        .allowEmptyShould(false);
  }

  /**
   * Only the allowed packages reach the row-level-security bypass. The rule selects the classes
   * that depend on the system tier, so it cannot pass vacuously: if the tier were renamed or
   * nothing used it, the selection would be empty and the rule would fail.
   */
  static ArchRule systemTierIsConfined(String root) {
    String systemTier = root + "." + SYSTEM_TIER;
    return classes()
        .that(dependOnClassNamed(systemTier))
        .should()
        .resideInAnyPackage(
            SYSTEM_TIER_ALLOWED_PACKAGES.stream().map(p -> root + "." + p).toArray(String[]::new))
        .because("the system tier is for webhooks, jobs and authorization guards only")
        .allowEmptyShould(false);
  }

  /**
   * Only the tiers switch the database role or set the caller's claims: they call the setting code,
   * or jOOQ's {@code set}/{@code setLocal}. The rule selects the callers, so it cannot pass
   * vacuously. SQL text is checked by {@link RoleSwitchingScan}.
   */
  static ArchRule roleAndClaimsAreSetOnlyByTheTiers(String root) {
    String localSettings = root + "." + LOCAL_SETTINGS;
    return classes()
        .that(callSettingCode(localSettings))
        .should()
        .resideInAnyPackage(
            ROLE_SETTING_PACKAGES.stream().map(p -> root + "." + p).toArray(String[]::new))
        .because(
            "a connection that could become service_role, or any caller, outside the tiers"
                + " would bypass row-level security")
        .allowEmptyShould(false);
  }

  /** Bootstrap may construct the system tier for injection but never run work in it. */
  static ArchRule wiringOnlyConstructsSystemTier(String root) {
    String systemTier = root + "." + SYSTEM_TIER;
    DescribedPredicate<JavaMethodCall> runOnSystemTier =
        describe(
            "SystemTier.run",
            call ->
                call.getTargetOwner().getName().equals(systemTier) && call.getName().equals("run"));
    return noClasses()
        .that()
        .resideInAPackage(root + ".bootstrap..")
        .should()
        .callMethodWhere(runOnSystemTier)
        .allowEmptyShould(false);
  }

  /**
   * Each public class of the application layer (ports aside) is one use case: final, stateless
   * after construction, with exactly one public {@code execute} and no other public method unless
   * listed in {@link #USE_CASES_WITH_EXTRA_METHODS}, and one public constructor (the one CDI
   * injects, see bootstrap's {@code UseCaseDiscovery}).
   */
  static ArchRule useCasesHaveOneExecuteMethod(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .and()
        .resideOutsideOfPackage(root + ".application.port..")
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .and()
        .doNotHaveSimpleName("package-info")
        .should(beAUseCase(root))
        .allowEmptyShould(false);
  }

  private static DescribedPredicate<JavaClass> callSettingCode(String localSettings) {
    return describe(
        "call " + localSettings + " or jOOQ's set/setLocal",
        c ->
            c.getMethodCallsFromSelf().stream()
                .anyMatch(
                    call -> {
                      String owner = call.getTargetOwner().getName();
                      return owner.equals(localSettings)
                          || ((owner.equals("org.jooq.DSLContext")
                                  || owner.equals("org.jooq.impl.DSL"))
                              && (call.getName().equals("set")
                                  || call.getName().equals("setLocal")));
                    }));
  }

  private static DescribedPredicate<JavaClass> dependOnClassNamed(String name) {
    return describe(
        "depend on " + name,
        c ->
            c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getName().equals(name)));
  }

  private static ArchCondition<JavaClass> beAUseCase(String root) {
    return new ArchCondition<>(
        "be final, have only final fields, one public constructor and exactly one public method"
            + " execute") {
      @Override
      public void check(JavaClass useCase, ConditionEvents events) {
        String relativeName = useCase.getName().substring(root.length() + 1);
        Set<String> extras = USE_CASES_WITH_EXTRA_METHODS.getOrDefault(relativeName, Set.of());
        if (!useCase.getModifiers().contains(JavaModifier.FINAL)) {
          events.add(SimpleConditionEvent.violated(useCase, useCase.getName() + " is not final"));
        }
        long constructors =
            useCase.getConstructors().stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .count();
        if (constructors != 1) {
          events.add(
              SimpleConditionEvent.violated(
                  useCase, useCase.getName() + " has " + constructors + " public constructors"));
        }
        List<String> publicMethods =
            useCase.getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaMethod::getName)
                .toList();
        long executes = publicMethods.stream().filter("execute"::equals).count();
        if (executes != 1) {
          events.add(
              SimpleConditionEvent.violated(
                  useCase,
                  useCase.getName() + " has " + executes + " public methods named execute"));
        }
        publicMethods.stream()
            .filter(name -> !name.equals("execute") && !extras.contains(name))
            .distinct()
            .forEach(
                name ->
                    events.add(
                        SimpleConditionEvent.violated(
                            useCase,
                            useCase.getName() + " has an undocumented public method " + name)));
        useCase.getFields().stream()
            .filter(f -> !f.getModifiers().contains(JavaModifier.FINAL))
            .map(JavaField::getName)
            .forEach(
                name ->
                    events.add(
                        SimpleConditionEvent.violated(
                            useCase, useCase.getName() + " has a mutable field " + name)));
      }
    };
  }
}
