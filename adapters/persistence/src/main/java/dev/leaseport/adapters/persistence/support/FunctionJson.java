package dev.leaseport.adapters.persistence.support;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.JSONB;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

/**
 * Reads the jsonb document a database function answers (the tenant overview, the owner's dashboard)
 * with the parser jOOQ ships. The function and its reader are written together, so a value of
 * another shape is a defect: it fails loudly instead of being guessed at.
 */
public final class FunctionJson {
  private FunctionJson() {}

  /** The parsed document of {@code function}'s answer. */
  public static Object parse(String function, JSONB json) {
    if (json == null) {
      throw new IllegalStateException(function + " answered nothing");
    }
    try {
      return new JSONParser().parse(json.data());
    } catch (ParseException e) {
      throw new IllegalStateException(function + " answered unreadable JSON", e);
    }
  }

  public static <T> List<T> list(Object value, Function<Map<?, ?>, T> element) {
    if (!(value instanceof List<?> items)) {
      throw new IllegalStateException("expected a JSON array, got " + value);
    }
    return items.stream().map(item -> element.apply(object(item))).toList();
  }

  public static Map<?, ?> object(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalStateException("expected a JSON object, got " + value);
    }
    return map;
  }

  public static Number number(Object value) {
    if (!(value instanceof Number n)) {
      throw new IllegalStateException("expected a JSON number, got " + value);
    }
    return n;
  }

  public static String text(Object value) {
    if (!(value instanceof String s)) {
      throw new IllegalStateException("expected a JSON string, got " + value);
    }
    return s;
  }
}
