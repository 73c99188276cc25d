package dev.leaseport.domain.invitation;

import dev.leaseport.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret of an invitation link: 256 random bits, base64url without padding (43 characters).
 * Only its SHA-256 is stored, so a copy of the database cannot accept anyone's invitation.
 */
public record InvitationToken(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  /** A token as a renter sends it back: any base64url text up to 128 characters. */
  public InvitationToken {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw ValidationException.of("token", "must be the token of an invitation link");
    }
  }

  public static InvitationToken generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** What the database keeps and looks the invitation up by. */
  public byte[] hash() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Never the secret itself, so a token that reaches a log stays unusable. */
  @Override
  public String toString() {
    return "InvitationToken[redacted]";
  }
}
