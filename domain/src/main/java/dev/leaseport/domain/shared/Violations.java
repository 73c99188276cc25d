package dev.leaseport.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors so a command reports all of them at once, then throws if any. */
public final class Violations {
  private final List<FieldError> errors = new ArrayList<>();

  public Violations check(boolean valid, String field, String message) {
    if (!valid) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public Violations requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
    } else {
      maxLength(value, field, maxLength);
    }
    return this;
  }

  public Violations maxLength(String value, String field, int maxLength) {
    if (value != null && value.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
    return this;
  }

  public Violations required(Object value, String field) {
    return check(value != null, field, "is required");
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
