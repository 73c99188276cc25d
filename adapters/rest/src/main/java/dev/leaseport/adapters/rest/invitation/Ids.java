package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.domain.shared.ValidationException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids given in a body: a malformed one is a field error (422), not a missing resource. */
final class Ids {
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

  static UUID parse(String raw, String field) {
    if (!CANONICAL.matcher(raw).matches()) {
      throw ValidationException.of(field, "must be a UUID");
    }
    return UUID.fromString(raw);
  }
}
