package dev.leaseport.domain.tenant;

import dev.leaseport.domain.shared.Violations;
import java.util.regex.Pattern;

/** The rules every written tenant field obeys, shared by create and update. */
final class TenantFields {
  static final int NAME_MAX = 100;
  static final int EMAIL_MAX = 320;
  static final int PHONE_MAX = 32;
  static final int CONTACT_NAME_MAX = 200;
  static final int NOTES_MAX = 5000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private TenantFields() {}

  static void checkEmail(Violations violations, String email) {
    violations.requireText(email, "email", EMAIL_MAX);
    if (email != null && !email.isBlank()) {
      violations.check(
          EMAIL.matcher(email.strip()).matches(), "email", "must be an e-mail address");
    }
  }

  static void checkPhone(Violations violations, String phone, String field) {
    if (phone != null) {
      violations
          .check(phone.strip().length() >= 3, field, "must be at least 3 characters")
          .maxLength(phone, field, PHONE_MAX);
    }
  }
}
