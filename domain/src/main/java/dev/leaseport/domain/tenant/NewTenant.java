package dev.leaseport.domain.tenant;

import static dev.leaseport.domain.tenant.TenantFields.*;

import dev.leaseport.domain.shared.Violations;
import java.util.Optional;

/** A tenant record to create; validates itself so an invalid one cannot exist. */
public record NewTenant(
    String firstName,
    String lastName,
    String email,
    Optional<String> phone,
    Optional<String> emergencyContactName,
    Optional<String> emergencyContactPhone,
    Optional<String> notes) {

  public NewTenant {
    phone = phone == null ? Optional.empty() : phone;
    emergencyContactName = emergencyContactName == null ? Optional.empty() : emergencyContactName;
    emergencyContactPhone =
        emergencyContactPhone == null ? Optional.empty() : emergencyContactPhone;
    notes = notes == null ? Optional.empty() : notes;
    Violations violations =
        new Violations()
            .requireText(firstName, "firstName", NAME_MAX)
            .requireText(lastName, "lastName", NAME_MAX);
    checkEmail(violations, email);
    checkPhone(violations, phone.orElse(null), "phone");
    emergencyContactName.ifPresent(
        name -> violations.requireText(name, "emergencyContactName", CONTACT_NAME_MAX));
    checkPhone(violations, emergencyContactPhone.orElse(null), "emergencyContactPhone");
    violations.maxLength(notes.orElse(null), "notes", NOTES_MAX).throwIfAny();
  }
}
