package dev.leaseport.domain.identity;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Violations;
import java.util.regex.Pattern;

/** What a user may change of their own profile; e-mail and user type come from the token only. */
public record ProfileChanges(Change<String> fullName, Change<String> phone) {
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,32}");

  public ProfileChanges {
    Violations violations = new Violations();
    fullName.newValue().ifPresent(name -> violations.requireText(name, "fullName", 200));
    phone
        .newValue()
        .ifPresent(
            value ->
                violations.check(
                    PHONE.matcher(value).matches(),
                    "phone",
                    "must be a phone number of 3 to 32 digits, spaces or +()./-"));
    violations.throwIfAny();
  }
}
