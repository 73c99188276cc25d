package dev.leaseport.adapters.rest.request;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.shared.Versioned;

/** Writes honour {@code If-Match}: the entity tag a response carried names the version. */
public final class Preconditions {
  private Preconditions() {}

  public static Versioned ifMatch(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return Versioned.any();
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Versioned.exactly(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      throw ApiProblem.invalidParameter("If-Match must be an entity tag such as \"3\"");
    }
  }
}
