package dev.leaseport.domain.property;

import dev.leaseport.domain.shared.Violations;
import java.util.regex.Pattern;

/** The rules every written property field obeys, shared by create and update. */
final class PropertyFields {
  static final int NAME_MAX = 200;
  static final int LINE_MAX = 200;
  static final int CITY_MAX = 100;
  static final int REGION_MAX = 100;
  static final int POSTAL_CODE_MAX = 20;
  static final int DESCRIPTION_MAX = 5000;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private PropertyFields() {}

  static void checkCountry(Violations violations, String country) {
    violations.check(
        country != null && COUNTRY.matcher(country).matches(),
        "address.country",
        "must be an ISO 3166-1 alpha-2 code such as US");
  }
}
