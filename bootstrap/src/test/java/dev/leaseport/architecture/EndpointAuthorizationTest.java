package dev.leaseport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.PublicEndpoint;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint states who may call it (SPEC section 2): each JAX-RS resource method is either
 * public by name or lists its allowed user types, on itself or on its class.
 */
class EndpointAuthorizationTest {

  @Test
  void everyResourceMethodStatesWhoMayCallIt() {
    List<Method> endpoints = endpoints("dev.leaseport.adapters.rest");

    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(14);
    assertThat(endpoints.stream().filter(m -> !statesWhoMayCall(m)).map(Method::toString))
        .as("resource methods without @AllowedUserTypes or @PublicEndpoint")
        .isEmpty();
  }

  @Test
  void theCheckFindsAnEndpointThatStatesNothing() {
    assertThat(endpoints("dev.leaseport.architecture.fixture.endpoints"))
        .filteredOn(m -> !statesWhoMayCall(m))
        .extracting(Method::getName)
        .containsExactly("unguarded");
  }

  static boolean statesWhoMayCall(Method method) {
    Class<?> type = method.getDeclaringClass();
    return method.isAnnotationPresent(PublicEndpoint.class)
        || method.isAnnotationPresent(AllowedUserTypes.class)
        || type.isAnnotationPresent(PublicEndpoint.class)
        || type.isAnnotationPresent(AllowedUserTypes.class);
  }

  private static List<Method> endpoints(String rootPackage) {
    JavaClasses classes = new ClassFileImporter().importPackages(rootPackage);
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
