package dev.leaseport.domain.analytics;

import java.util.Objects;

/**
 * A report as the database computed it: a JSON document in which every figure came from SQL in one
 * call. Its shape is defined once, by the report's function, and pinned by tests; Java neither adds
 * nor converts a figure, so no money of two currencies can be summed on the way out.
 */
public record Report(String json) {
  public Report {
    Objects.requireNonNull(json, "json");
  }
}
