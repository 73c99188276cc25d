package dev.leaseport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.EndpointAccess;
import dev.leaseport.adapters.rest.security.PublicEndpoint;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint states who may call it: each JAX-RS resource method is either public by name or
 * lists its allowed user types, on itself or on its class. The table below is the whole API's
 * access list, so a new endpoint, or a change to who may call one, is a conscious edit here.
 */
class EndpointAuthorizationTest {

  @Test
  void everyResourceMethodStatesWhoMayCallIt() {
    List<Method> endpoints = apiEndpoints();

    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(14);
    assertThat(endpoints.stream().filter(m -> !statesWhoMayCall(m)).map(Method::toString))
        .as("resource methods without @AllowedUserTypes or @PublicEndpoint")
        .isEmpty();
  }

  @Test
  void theCheckFindsAnEndpointThatStatesNothing() {
    assertThat(fixtureEndpoints())
        .filteredOn(m -> !statesWhoMayCall(m))
        .extracting(Method::getName)
        .containsExactly("unguarded");
  }

  /** HTTP method and path to who may call it; "public" needs no token. */
  private static final Map<String, String> EXPECTED_ACCESS =
      Map.ofEntries(
          Map.entry("POST /api/v1/dev/tokens", "public"),
          Map.entry("GET /api/v1/me", "OWNER, TENANT, ADMIN"),
          Map.entry("PATCH /api/v1/me", "OWNER, TENANT, ADMIN"),
          Map.entry("GET /api/v1/properties", "OWNER"),
          Map.entry("POST /api/v1/properties", "OWNER"),
          Map.entry("GET /api/v1/properties/{id}", "OWNER"),
          Map.entry("PATCH /api/v1/properties/{id}", "OWNER"),
          Map.entry("DELETE /api/v1/properties/{id}", "OWNER"),
          Map.entry("POST /api/v1/properties/{id}/archive", "OWNER"),
          Map.entry("GET /api/v1/properties/{propertyId}/units", "OWNER"),
          Map.entry("POST /api/v1/properties/{propertyId}/units", "OWNER"),
          Map.entry("GET /api/v1/units", "OWNER, TENANT"),
          Map.entry("GET /api/v1/units/{id}", "OWNER, TENANT"),
          Map.entry("PATCH /api/v1/units/{id}", "OWNER"),
          Map.entry("DELETE /api/v1/units/{id}", "OWNER"),
          Map.entry("GET /api/v1/tenants", "OWNER"),
          Map.entry("POST /api/v1/tenants", "OWNER"),
          Map.entry("GET /api/v1/tenants/{id}", "OWNER"),
          Map.entry("PATCH /api/v1/tenants/{id}", "OWNER"),
          Map.entry("POST /api/v1/tenants/{id}/archive", "OWNER"),
          Map.entry("GET /api/v1/invitations", "OWNER"),
          Map.entry("POST /api/v1/invitations", "OWNER"),
          Map.entry("GET /api/v1/invitations/{id}", "OWNER"),
          Map.entry("POST /api/v1/invitations/{id}/revoke", "OWNER"),
          Map.entry("POST /api/v1/invitations/accept", "TENANT"),
          Map.entry("GET /api/v1/notifications", "OWNER, TENANT"),
          Map.entry("POST /api/v1/notifications/{id}/read", "OWNER, TENANT"),
          Map.entry("POST /api/v1/notifications/read-all", "OWNER, TENANT"),
          Map.entry("POST /api/v1/leases", "OWNER"),
          Map.entry("GET /api/v1/leases", "OWNER"),
          Map.entry("GET /api/v1/leases/{id}", "OWNER, TENANT"),
          Map.entry("PATCH /api/v1/leases/{id}", "OWNER"),
          Map.entry("POST /api/v1/leases/{id}/send", "OWNER"),
          Map.entry("POST /api/v1/leases/{id}/sign", "OWNER, TENANT"),
          Map.entry("POST /api/v1/leases/{id}/terminate", "OWNER"),
          Map.entry("POST /api/v1/leases/{id}/renew", "OWNER"),
          Map.entry("POST /api/v1/leases/{id}/cancel", "OWNER"),
          Map.entry("POST /api/v1/leases/{id}/charges", "OWNER"),
          Map.entry("GET /api/v1/charges", "OWNER, TENANT"),
          Map.entry("GET /api/v1/charges/{id}", "OWNER, TENANT"),
          Map.entry("POST /api/v1/charges/{id}/void", "OWNER"),
          Map.entry("GET /api/v1/admin/jobs", "ADMIN"),
          Map.entry("POST /api/v1/admin/jobs/{name}/run", "ADMIN"),
          Map.entry("GET /api/v1/billing/plans", "OWNER"),
          Map.entry("GET /api/v1/billing/subscription", "OWNER"),
          Map.entry("POST /api/v1/billing/checkout-session", "OWNER"),
          Map.entry("POST /api/v1/billing/portal-session", "OWNER"),
          Map.entry("POST /api/v1/webhooks/stripe", "public"),
          Map.entry("POST /api/v1/webhooks/stripe/connect", "public"),
          Map.entry("GET /api/v1/admin/webhook-events", "ADMIN"),
          Map.entry("POST /api/v1/connect/account", "OWNER"),
          Map.entry("GET /api/v1/connect/account", "OWNER"),
          Map.entry("POST /api/v1/connect/onboarding-link", "OWNER"),
          Map.entry("POST /api/v1/maintenance-requests", "OWNER, TENANT"),
          Map.entry("GET /api/v1/maintenance-requests", "OWNER, TENANT"),
          Map.entry("GET /api/v1/maintenance-requests/{id}", "OWNER, TENANT"),
          Map.entry("GET /api/v1/maintenance-requests/{id}/events", "OWNER, TENANT"),
          Map.entry("PATCH /api/v1/maintenance-requests/{id}", "OWNER"),
          Map.entry("POST /api/v1/maintenance-requests/{id}/cancel", "TENANT"),
          Map.entry("GET /api/v1/tenant/overview", "TENANT"),
          Map.entry("POST /api/v1/expenses", "OWNER"),
          Map.entry("GET /api/v1/expenses", "OWNER"),
          Map.entry("GET /api/v1/expenses/{id}", "OWNER"),
          Map.entry("PATCH /api/v1/expenses/{id}", "OWNER"),
          Map.entry("DELETE /api/v1/expenses/{id}", "OWNER"),
          Map.entry("POST /api/v1/charges/{id}/pay", "TENANT"),
          Map.entry("GET /api/v1/payments", "OWNER, TENANT"),
          Map.entry("GET /api/v1/payments/{id}", "OWNER, TENANT"),
          Map.entry("POST /api/v1/payments/{id}/refunds", "OWNER"),
          Map.entry("POST /api/v1/payment-methods/setup-intent", "TENANT"),
          Map.entry("GET /api/v1/payment-methods", "TENANT"),
          Map.entry("POST /api/v1/payment-methods/{id}/default", "TENANT"),
          Map.entry("DELETE /api/v1/payment-methods/{id}", "TENANT"),
          Map.entry("GET /api/v1/leases/{id}/autopay", "OWNER, TENANT"),
          Map.entry("PUT /api/v1/leases/{id}/autopay", "TENANT"),
          Map.entry("POST /api/v1/admin/autopay/run", "ADMIN"),
          Map.entry("GET /api/v1/dashboard", "OWNER"),
          Map.entry("GET /api/v1/analytics/revenue", "OWNER"),
          Map.entry("GET /api/v1/analytics/occupancy", "OWNER"),
          Map.entry("GET /api/v1/analytics/maintenance", "OWNER"),
          Map.entry("GET /api/v1/analytics/expiring-leases", "OWNER"),
          Map.entry("GET /api/v1/tenants/{id}/payment-history", "OWNER"),
          Map.entry("GET /api/v1/exports/rent-roll.csv", "OWNER"),
          Map.entry("GET /api/v1/exports/payments.csv", "OWNER"));

  @Test
  void everyEndpointIsListedWithWhoMayCallIt() {
    assertThat(accessTable(apiEndpoints())).containsExactlyInAnyOrderEntriesOf(EXPECTED_ACCESS);
  }

  @Test
  void theAccessTableShowsAnEndpointThatStatesNothingAsOpenToNobody() {
    assertThat(accessTable(fixtureEndpoints()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("GET /fixture", "OWNER", "POST /fixture", "nobody"));
  }

  private static Map<String, String> accessTable(List<Method> endpoints) {
    Map<String, String> table = new TreeMap<>();
    for (Method method : endpoints) {
      String previous =
          table.put(
              httpMethodOf(method) + " " + pathOf(method),
              EndpointAccess.of(method, method.getDeclaringClass()).describe());
      assertThat(previous).as("two resource methods for " + method).isNull();
    }
    return table;
  }

  private static String httpMethodOf(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
        .filter(Objects::nonNull)
        .map(HttpMethod::value)
        .findFirst()
        .orElseThrow();
  }

  private static String pathOf(Method method) {
    String path = "/" + method.getDeclaringClass().getAnnotation(Path.class).value();
    Path sub = method.getAnnotation(Path.class);
    if (sub != null) {
      path += "/" + sub.value();
    }
    return path.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
  }

  static boolean statesWhoMayCall(Method method) {
    Class<?> type = method.getDeclaringClass();
    return method.isAnnotationPresent(PublicEndpoint.class)
        || method.isAnnotationPresent(AllowedUserTypes.class)
        || type.isAnnotationPresent(PublicEndpoint.class)
        || type.isAnnotationPresent(AllowedUserTypes.class);
  }

  /**
   * The API's resources, test classes left out: under `liberty:dev` the test classpath also holds
   * the other modules' test classes, whose fixture resources are no part of the API.
   */
  private static List<Method> apiEndpoints() {
    return endpoints(
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.leaseport.adapters.rest"));
  }

  /** This module's fixture resources, which are test classes themselves. */
  private static List<Method> fixtureEndpoints() {
    return endpoints(
        new ClassFileImporter().importPackages("dev.leaseport.architecture.fixture.endpoints"));
  }

  private static List<Method> endpoints(JavaClasses classes) {
    return classes.stream()
        .filter(c -> c.isAnnotatedWith(Path.class))
        .map(c -> c.reflect())
        .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
        .filter(EndpointAuthorizationTest::isHttpMethod)
        .toList();
  }

  private static boolean isHttpMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }
}
