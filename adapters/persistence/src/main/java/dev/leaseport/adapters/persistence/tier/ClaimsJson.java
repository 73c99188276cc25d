package dev.leaseport.adapters.persistence.tier;

import dev.leaseport.domain.identity.Caller;

/**
 * Renders a verified caller as the Supabase-shaped claims {@code auth.jwt()} reads: {@code sub},
 * {@code email}, {@code role} and {@code app_metadata.user_type}.
 */
final class ClaimsJson {
  private ClaimsJson() {}

  static String of(Caller caller) {
    return "{\"sub\":"
        + quote(caller.userId().toString())
        + ",\"email\":"
        + (caller.email() == null ? "null" : quote(caller.email()))
        + ",\"email_verified\":"
        + caller.emailVerified()
        + ",\"role\":\"authenticated\""
        + ",\"app_metadata\":{\"user_type\":"
        + quote(caller.userType().name())
        + "}}";
  }

  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
