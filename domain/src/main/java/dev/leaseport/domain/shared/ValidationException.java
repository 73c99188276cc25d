package dev.leaseport.domain.shared;

import java.util.List;

/** One or more fields break the rules; every broken field is listed, not only the first. */
public final class ValidationException extends DomainException {
  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(ErrorKind.INVALID, "validation-failed", "The request has invalid fields");
    this.errors = List.copyOf(errors);
  }

  public static ValidationException of(String field, String message) {
    return new ValidationException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
