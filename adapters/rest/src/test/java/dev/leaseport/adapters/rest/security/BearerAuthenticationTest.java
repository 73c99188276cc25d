package dev.leaseport.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** The filter's decisions that come before any token is looked at. */
class BearerAuthenticationTest {

  @Test
  void anEndpointThatDeclaresNoUserTypesIsForbiddenToEveryCaller() {
    assertThatThrownBy(() -> filter(Undeclared.class, "unguarded"))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
  }

  @Test
  void anEmptyListOfUserTypesIsForbiddenToEveryCaller() {
    assertThatThrownBy(() -> filter(Undeclared.class, "nobody"))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aDeclaredEndpointStillWantsAToken() {
    assertThatThrownBy(() -> filter(Undeclared.class, "owners"))
        .isInstanceOfSatisfying(
            ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(401));
  }

  @Test
  void aPublicEndpointNeedsNoToken() {
    assertThatCode(() -> filter(Undeclared.class, "open")).doesNotThrowAnyException();
  }

  private static void filter(Class<?> type, String methodName) throws NoSuchMethodException {
    Method method = type.getMethod(methodName);
    BearerAuthentication authentication = new BearerAuthentication();
    authentication.resource =
        new ResourceInfo() {
          @Override
          public Method getResourceMethod() {
            return method;
          }

          @Override
          public Class<?> getResourceClass() {
            return type;
          }
        };
    authentication.filter(anonymousRequest());
  }

  private static ContainerRequestContext anonymousRequest() {
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            BearerAuthenticationTest.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeaderString")) {
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** A resource written carelessly: one method says nothing about who may call it. */
  @Path("/careless")
  public static class Undeclared {
    @POST
    public String unguarded() {
      return "oops";
    }

    @POST
    @AllowedUserTypes({})
    public String nobody() {
      return "oops";
    }

    @GET
    @AllowedUserTypes(UserType.OWNER)
    public String owners() {
      return "ok";
    }

    @GET
    @PublicEndpoint
    public String open() {
      return "ok";
    }
  }
}
