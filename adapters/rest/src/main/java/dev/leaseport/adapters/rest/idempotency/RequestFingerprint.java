package dev.leaseport.adapters.rest.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What makes two requests with one key the same request: SHA-256 over the method, the path, the
 * query and the body's bytes, each prefixed by its length so that no two different requests
 * concatenate to the same input. The caller is not part of it: keys are stored per caller.
 */
public final class RequestFingerprint {
  private RequestFingerprint() {}

  public static byte[] of(String method, String path, String query, byte[] body) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
    for (String part : new String[] {method, path, query == null ? "" : query}) {
      add(sha256, part.getBytes(StandardCharsets.UTF_8));
    }
    add(sha256, body);
    return sha256.digest();
  }

  private static void add(MessageDigest digest, byte[] part) {
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
    digest.update(part);
  }
}
