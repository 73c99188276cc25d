package dev.leaseport.adapters.rest.request;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A strict reader of a JSON object body. Every field read says whether it was absent (unchanged),
 * null (cleared) or set; unknown fields and wrong JSON types are collected and reported together as
 * 400, values outside an enum as 422. Call {@link #finish()} after reading.
 */
public final class JsonBody {
  /** Deeper than any body Leaseport reads, far below what would strain the parser. */
  public static final int MAX_DEPTH = 64;

  private final JsonObject json;
  private final String prefix;
  private final Set<String> known = new TreeSet<>();
  private final List<String> malformed;
  private final List<FieldError> invalid;

  private JsonBody(
      JsonObject json, String prefix, List<String> malformed, List<FieldError> invalid) {
    this.json = json;
    this.prefix = prefix;
    this.malformed = malformed;
    this.invalid = invalid;
  }

  public static JsonBody parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw ApiProblem.malformed("A JSON object body is required");
    }
    if (NestingDepth.exceeds(raw, MAX_DEPTH)) {
      throw ApiProblem.malformed("The body is nested deeper than " + MAX_DEPTH + " levels");
    }
    JsonValue value = read(raw);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ApiProblem.malformed("The body must be a JSON object");
    }
    return new JsonBody(value.asJsonObject(), "", new ArrayList<>(), new ArrayList<>());
  }

  private static JsonValue read(String raw) {
    try (JsonReader reader = Json.createReader(new StringReader(raw))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw ApiProblem.malformed("The body is not valid JSON");
    } catch (NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
      // The parser refuses numbers it will not convert (over ~1,100 digits, exponents beyond
      // BigDecimal) with these, not with a JsonException, even in fields nobody reads.
      throw ApiProblem.malformed("The body holds a number that is too long or too large");
    } catch (RuntimeException e) {
      // Any other refusal of the parser (its own depth limit is a bare RuntimeException) is
      // still about the client's text: a 400, never a logged 500.
      throw ApiProblem.malformed("The body is not valid JSON");
    }
  }

  /** A text field; PostgreSQL cannot store the NUL character, so it is refused here (422). */
  public Change<String> string(String name) {
    Change<String> text =
        read(name, JsonValue.ValueType.STRING, "a string", v -> ((JsonString) v).getString());
    if (text.newValue().filter(value -> value.indexOf('\0') >= 0).isPresent()) {
      invalid.add(new FieldError(prefix + name, "must not contain the NUL character"));
      return Change.unchanged();
    }
    return text;
  }

  /** JSON {@code true} or {@code false}; a string such as "yes" is malformed. */
  public Change<Boolean> bool(String name) {
    known.add(name);
    if (!json.containsKey(name)) {
      return Change.unchanged();
    }
    return switch (json.get(name).getValueType()) {
      case NULL -> Change.cleared();
      case TRUE -> Change.to(true);
      case FALSE -> Change.to(false);
      default -> {
        malformed.add("'" + prefix + name + "' must be true or false");
        yield Change.unchanged();
      }
    };
  }

  public Change<Integer> integer(String name) {
    return read(
        name, JsonValue.ValueType.NUMBER, "an integer", v -> exactInt((JsonNumber) v, name));
  }

  public Change<Long> longInteger(String name) {
    return read(
        name, JsonValue.ValueType.NUMBER, "an integer", v -> exactLong((JsonNumber) v, name));
  }

  public Change<BigDecimal> decimal(String name) {
    return read(
        name, JsonValue.ValueType.NUMBER, "a number", v -> ((JsonNumber) v).bigDecimalValue());
  }

  public <E extends Enum<E>> Change<E> enumeration(String name, Class<E> type) {
    Change<String> text = string(name);
    if (!(text instanceof Change.SetTo<String> set)) {
      return text.map(ignored -> null);
    }
    try {
      return Change.to(Enum.valueOf(type, set.value()));
    } catch (IllegalArgumentException e) {
      invalid.add(new FieldError(prefix + name, "must be one of " + allowed(type)));
      return Change.unchanged();
    }
  }

  /** A calendar date written {@code YYYY-MM-DD}; any other text is refused (422). */
  public Change<LocalDate> date(String name) {
    return parsed(name, "must be a date written YYYY-MM-DD", LocalDate::parse);
  }

  /** An id; text that is not a UUID is refused (422). */
  public Change<UUID> uuid(String name) {
    return parsed(name, "must be a UUID", UUID::fromString);
  }

  /** An array of objects, each with its own reader named {@code name[i].}. */
  public Change<List<JsonBody>> objects(String name) {
    return read(
        name,
        JsonValue.ValueType.ARRAY,
        "an array of objects",
        v -> {
          List<JsonBody> items = new ArrayList<>();
          JsonArray array = v.asJsonArray();
          for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
              malformed.add("'" + prefix + name + "[" + i + "]' must be an object");
              return null;
            }
            items.add(
                new JsonBody(
                    array.get(i).asJsonObject(),
                    prefix + name + "[" + i + "].",
                    malformed,
                    invalid));
          }
          return items;
        });
  }

  private <T> Change<T> parsed(
      String name, String rule, java.util.function.Function<String, T> parse) {
    Change<String> text = string(name);
    if (!(text instanceof Change.SetTo<String> set)) {
      return text.map(ignored -> null);
    }
    try {
      return Change.to(parse.apply(set.value()));
    } catch (RuntimeException e) {
      invalid.add(new FieldError(prefix + name, rule));
      return Change.unchanged();
    }
  }

  /** A nested object; absent and null are returned as such, with no reader. */
  public Change<JsonBody> object(String name) {
    return read(
        name,
        JsonValue.ValueType.OBJECT,
        "an object",
        v -> new JsonBody(v.asJsonObject(), prefix + name + ".", malformed, invalid));
  }

  public boolean hasField(String name) {
    return json.containsKey(name);
  }

  /** Reports unknown fields, wrong types (400) and values outside an enum (422). */
  public void finish() {
    Set<String> unknown = new TreeSet<>(json.keySet());
    unknown.removeAll(known);
    unknown.forEach(field -> malformed.add("unknown field '" + prefix + field + "'"));
    if (!malformed.isEmpty()) {
      throw ApiProblem.malformed("Malformed body: " + String.join("; ", malformed));
    }
    if (!invalid.isEmpty()) {
      throw new ValidationException(invalid);
    }
  }

  /** Declares a nested object's fields known and checks them, without throwing yet. */
  public void finishNested() {
    Set<String> unknown = new TreeSet<>(json.keySet());
    unknown.removeAll(known);
    unknown.forEach(field -> malformed.add("unknown field '" + prefix + field + "'"));
  }

  private <T> Change<T> read(
      String name,
      JsonValue.ValueType type,
      String expected,
      java.util.function.Function<JsonValue, T> convert) {
    known.add(name);
    if (!json.containsKey(name)) {
      return Change.unchanged();
    }
    JsonValue value = json.get(name);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return Change.cleared();
    }
    if (value.getValueType() != type) {
      malformed.add("'" + prefix + name + "' must be " + expected);
      return Change.unchanged();
    }
    T converted;
    try {
      converted = convert.apply(value);
    } catch (NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
      malformed.add("'" + prefix + name + "' must be " + expected + " of a sensible size");
      return Change.unchanged();
    }
    return converted == null ? Change.unchanged() : Change.to(converted);
  }

  private Integer exactInt(JsonNumber number, String name) {
    try {
      return number.bigDecimalValue().intValueExact();
    } catch (ArithmeticException e) {
      malformed.add("'" + prefix + name + "' must be a whole number that fits 32 bits");
      return null;
    }
  }

  private Long exactLong(JsonNumber number, String name) {
    try {
      return number.bigDecimalValue().longValueExact();
    } catch (ArithmeticException e) {
      malformed.add("'" + prefix + name + "' must be a whole number (minor units)");
      return null;
    }
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
