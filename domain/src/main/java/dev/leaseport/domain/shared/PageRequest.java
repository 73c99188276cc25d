package dev.leaseport.domain.shared;

/** Which slice of a list to return: 1..100 rows from a non-negative offset. */
public record PageRequest(int limit, int offset) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    new Violations()
        .check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
        .check(offset >= 0, "offset", "must be 0 or more")
        .throwIfAny();
  }
}
