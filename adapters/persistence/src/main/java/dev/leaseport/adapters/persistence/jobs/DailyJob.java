package dev.leaseport.adapters.persistence.jobs;

import java.util.regex.Pattern;

/**
 * A job run once a day: its name (as the API and the run records show it) and the database function
 * that does the work, {@code schema.function(as_of date) returns jsonb} (an object of counts),
 * which {@code service_role} must be allowed to execute.
 */
public record DailyJob(String name, String function) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
  private static final Pattern FUNCTION = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");

  public DailyJob {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A job name is lower-case letters, digits and '-', starting with a letter: " + name);
    }
    if (function == null || !FUNCTION.matcher(function).matches()) {
      throw new IllegalArgumentException(
          "A job function is schema.function in lower case: " + function);
    }
  }

  String schema() {
    return function.substring(0, function.indexOf('.'));
  }

  String functionName() {
    return function.substring(function.indexOf('.') + 1);
  }
}
