package dev.leaseport.domain.tenant;

import static dev.leaseport.domain.tenant.TenantFields.*;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Violations;

/**
 * A partial update of a tenant record; names, e-mail and status may change but not be cleared. The
 * linked user is not among them: only an accepted invitation sets it.
 */
public record TenantChanges(
    Change<String> firstName,
    Change<String> lastName,
    Change<String> email,
    Change<String> phone,
    Change<String> emergencyContactName,
    Change<String> emergencyContactPhone,
    Change<String> notes,
    Change<TenantStatus> status) {

  public TenantChanges {
    Violations violations = new Violations();
    required(violations, firstName, "firstName");
    required(violations, lastName, "lastName");
    violations.check(!(email instanceof Change.Cleared), "email", "must not be null");
    email.newValue().ifPresent(value -> checkEmail(violations, value));
    phone.newValue().ifPresent(value -> checkPhone(violations, value, "phone"));
    emergencyContactName
        .newValue()
        .ifPresent(
            value -> violations.requireText(value, "emergencyContactName", CONTACT_NAME_MAX));
    emergencyContactPhone
        .newValue()
        .ifPresent(value -> checkPhone(violations, value, "emergencyContactPhone"));
    notes.newValue().ifPresent(value -> violations.maxLength(value, "notes", NOTES_MAX));
    violations
        .check(!(status instanceof Change.Cleared), "status", "must not be null")
        .throwIfAny();
  }

  /** Only the status changes, as when a tenant record is archived. */
  public static TenantChanges status(TenantStatus status) {
    return new TenantChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.to(status));
  }

  private static void required(Violations v, Change<String> change, String field) {
    v.check(!(change instanceof Change.Cleared), field, "must not be null");
    change.newValue().ifPresent(value -> v.requireText(value, field, NAME_MAX));
  }
}
