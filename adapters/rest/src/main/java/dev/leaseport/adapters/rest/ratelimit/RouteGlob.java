package dev.leaseport.adapters.rest.ratelimit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route pattern of the configuration: an HTTP method (or {@code *}) and a path where {@code *}
 * stands for one segment and {@code **} for any number, e.g. {@code POST /api/v1/payments/**}. A
 * pattern may name a route that does not exist yet: it applies once the route does.
 */
public record RouteGlob(String method, String path, Pattern regex) {

  public static Optional<RouteGlob> parse(String text) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2
        || !parts[0].matches("\\*|[A-Za-z]+")
        || !parts[1].matches("/[A-Za-z0-9_.{}*/-]*")) {
      return Optional.empty();
    }
    StringBuilder regex = new StringBuilder();
    String path = parts[1];
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '*' && i + 1 < path.length() && path.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]+");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Optional.of(
        new RouteGlob(parts[0].toUpperCase(Locale.ROOT), path, Pattern.compile(regex.toString())));
  }

  public boolean matches(String requestMethod, String requestPath) {
    String normalized = requestPath.startsWith("/") ? requestPath : "/" + requestPath;
    return (method.equals("*") || method.equalsIgnoreCase(requestMethod))
        && regex.matcher(normalized).matches();
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
