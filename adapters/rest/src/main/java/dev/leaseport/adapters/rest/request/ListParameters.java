package dev.leaseport.adapters.rest.request;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

/** Parses list query parameters strictly: anything unreadable is 400 {@code invalid-parameter}. */
public final class ListParameters {
  /**
   * Deep pages make the database walk every row before them; past a million rows a client should
   * narrow its filters instead.
   */
  public static final int MAX_OFFSET = 1_000_000;

  private ListParameters() {}

  public static PageRequest page(String limit, String offset) {
    int l = limit == null ? PageRequest.DEFAULT_LIMIT : parseInt("limit", limit);
    int o = offset == null ? 0 : parseInt("offset", offset);
    if (l < 1 || l > PageRequest.MAX_LIMIT) {
      throw ApiProblem.invalidParameter("limit must be between 1 and " + PageRequest.MAX_LIMIT);
    }
    if (o < 0 || o > MAX_OFFSET) {
      throw ApiProblem.invalidParameter("offset must be between 0 and " + MAX_OFFSET);
    }
    return new PageRequest(l, o);
  }

  /**
   * {@code name} sorts ascending, {@code -name} descending; only the names in {@code whitelist}
   * (API name to field) are accepted.
   */
  public static <F extends Enum<F>> Sort<F> sort(
      String raw, Map<String, F> whitelist, Sort<F> fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    boolean descending = raw.startsWith("-");
    F field = whitelist.get(descending ? raw.substring(1) : raw);
    if (field == null) {
      throw ApiProblem.invalidParameter(
          "sort must be one of "
              + String.join(", ", whitelist.keySet())
              + " (prefix - to reverse)");
    }
    return new Sort<>(field, descending ? Direction.DESCENDING : Direction.ASCENDING);
  }

  public static <E extends Enum<E>> Optional<E> enumeration(
      String name, String raw, Class<E> type) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, raw.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw ApiProblem.invalidParameter(name + " must be one of " + allowed);
    }
  }

  public static Optional<UUID> uuid(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    return Optional.of(queryId(name, raw));
  }

  /** A whole number from {@code min} to {@code max}: never narrowed or wrapped further down. */
  public static OptionalInt optionalInt(String name, String raw, int min, int max) {
    if (raw == null) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) inRange(name, wholeNumber(name, raw), min, max));
  }

  /** A whole number from {@code min} to {@code max}. */
  public static OptionalLong optionalLong(String name, String raw, long min, long max) {
    if (raw == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(inRange(name, wholeNumber(name, raw), min, max));
  }

  /** A calendar date, YYYY-MM-DD. */
  public static Optional<LocalDate> date(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidParameter(name + " must be a date, YYYY-MM-DD");
    }
  }

  public static Optional<String> text(String name, String raw, int maxLength) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    if (raw.length() > maxLength) {
      throw ApiProblem.invalidParameter(name + " must be at most " + maxLength + " characters");
    }
    if (raw.indexOf('\0') >= 0) {
      throw ApiProblem.invalidParameter(name + " must not contain the NUL character");
    }
    return Optional.of(raw.strip());
  }

  private static UUID queryId(String name, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidParameter(name + " must be a UUID");
    }
  }

  private static long wholeNumber(String name, String raw) {
    try {
      return new BigDecimal(raw.trim()).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw ApiProblem.invalidParameter(name + " must be a whole number");
    }
  }

  private static long inRange(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw ApiProblem.invalidParameter(name + " must be between " + min + " and " + max);
    }
    return value;
  }

  private static int parseInt(String name, String raw) {
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.invalidParameter(name + " must be a whole number");
    }
  }
}
