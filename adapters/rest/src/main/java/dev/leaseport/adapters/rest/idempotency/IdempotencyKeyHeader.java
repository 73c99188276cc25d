package dev.leaseport.adapters.rest.idempotency;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import java.util.regex.Pattern;

/** The request header that names a retry, and the one that marks a replayed answer. */
public final class IdempotencyKeyHeader {
  public static final String NAME = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";

  /** 1 to 255 visible ASCII characters: what fits any client's generator, and a log line. */
  private static final Pattern VALID = Pattern.compile("[!-~]{1,255}");

  private IdempotencyKeyHeader() {}

  /** The key as sent, or 400 when it is empty, too long or not visible ASCII. */
  public static String parse(String header) {
    if (header == null || !VALID.matcher(header).matches()) {
      throw ApiProblem.invalidParameter(
          NAME + " must be 1 to 255 visible ASCII characters (a UUID, say)");
    }
    return header;
  }
}
