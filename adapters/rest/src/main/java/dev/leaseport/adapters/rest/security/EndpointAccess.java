package dev.leaseport.adapters.rest.security;

import dev.leaseport.domain.identity.UserType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call a resource method, as its annotations (or its class's) declare: anyone ({@link
 * PublicEndpoint}), the listed user types ({@link AllowedUserTypes}, the method's own list winning
 * over the class's), or, when nothing is declared, nobody.
 */
public record EndpointAccess(boolean isPublic, Set<UserType> userTypes) {

  public EndpointAccess {
    userTypes = userTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(userTypes));
  }

  public static EndpointAccess of(Method method, Class<?> resourceClass) {
    boolean isPublic =
        method.isAnnotationPresent(PublicEndpoint.class)
            || resourceClass.isAnnotationPresent(PublicEndpoint.class);
    AllowedUserTypes allowed = method.getAnnotation(AllowedUserTypes.class);
    if (allowed == null) {
      allowed = resourceClass.getAnnotation(AllowedUserTypes.class);
    }
    return new EndpointAccess(
        isPublic, allowed == null ? Set.of() : Set.copyOf(Arrays.asList(allowed.value())));
  }

  /** Nothing declared: deny by default, so a forgotten annotation cannot open an endpoint. */
  public boolean isDeclared() {
    return isPublic || !userTypes.isEmpty();
  }

  public boolean allows(UserType type) {
    return userTypes.contains(type);
  }

  /**
   * {@code public}, {@code nobody}, or the user types in declaration order, e.g. {@code OWNER,
   * TENANT}.
   */
  public String describe() {
    if (isPublic) {
      return "public";
    }
    if (userTypes.isEmpty()) {
      return "nobody";
    }
    return Arrays.stream(UserType.values())
        .filter(userTypes::contains)
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
