package dev.leaseport.adapters.rest.request;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a request record from a strict {@link JsonBody}: each component reads the JSON field of its
 * name. Supported component types: {@code String}, {@code Integer}, {@code Long}, {@code
 * BigDecimal}, {@code Boolean}, {@code LocalDate} ({@code YYYY-MM-DD}), {@code UUID}, enums, {@link
 * Money}, nested records (their fields named {@code outer.inner}), lists of records (items named
 * {@code list[i].field}) and {@link Change} of any of these for PATCH (absent, null or a value). A
 * plain component is {@code null} when the field is absent or null.
 */
public final class JsonRecords {
  private static final Set<Class<?>> SCALARS =
      Set.of(
          String.class,
          Boolean.class,
          Integer.class,
          Long.class,
          BigDecimal.class,
          Money.class,
          LocalDate.class,
          UUID.class);

  private JsonRecords() {}

  /**
   * Fails unless every component of {@code type}, nested records included, is a type this reader
   * fills; checked when the application deploys, so a new request record cannot fail on its first
   * request instead.
   */
  public static void requireReadable(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Type inner = component.getGenericType();
      if (inner instanceof ParameterizedType p && p.getRawType() == Change.class) {
        inner = p.getActualTypeArguments()[0];
      }
      if (inner instanceof ParameterizedType p && p.getRawType() == List.class) {
        inner = p.getActualTypeArguments()[0];
        if (!(inner instanceof Class<?> item) || !item.isRecord()) {
          throw new IllegalArgumentException(
              "Cannot read field " + component.getName() + " of " + type.getName() + " as a list");
        }
      }
      if (!(inner instanceof Class<?> kind)
          || !(SCALARS.contains(kind) || kind.isEnum() || kind.isRecord())) {
        throw new IllegalArgumentException(
            "Cannot read field " + component.getName() + " of " + type.getName() + " as " + inner);
      }
      if (kind.isRecord() && !SCALARS.contains(kind)) {
        requireReadable(kind);
      }
    }
  }

  /** Parses {@code raw}, fills {@code type} and reports every malformed or invalid field. */
  public static <R extends Record> R read(Class<R> type, String raw) {
    JsonBody body = JsonBody.parse(raw);
    R record = fill(type, body);
    body.finish();
    return record;
  }

  private static <R> R fill(Class<R> type, JsonBody body) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = component(body, components[i].getName(), components[i].getGenericType());
    }
    return construct(type, components, values);
  }

  private static Object component(JsonBody body, String name, Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == Change.class) {
      return field(body, name, p.getActualTypeArguments()[0]);
    }
    return field(body, name, type).newValue().orElse(null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Change<?> field(JsonBody body, String name, Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      if (!(p.getActualTypeArguments()[0] instanceof Class<?> item) || !item.isRecord()) {
        throw new IllegalArgumentException("Cannot read field " + name + " as " + type);
      }
      return body.objects(name)
          .map(items -> items.stream().map(nested -> nestedRecord(item, nested)).toList());
    }
    if (!(type instanceof Class<?> kind)) {
      throw new IllegalArgumentException("Cannot read field " + name + " as " + type);
    }
    if (kind == String.class) {
      return body.string(name);
    } else if (kind == Boolean.class) {
      return body.bool(name);
    } else if (kind == Integer.class) {
      return body.integer(name);
    } else if (kind == Long.class) {
      return body.longInteger(name);
    } else if (kind == BigDecimal.class) {
      return body.decimal(name);
    } else if (kind == LocalDate.class) {
      return body.date(name);
    } else if (kind == UUID.class) {
      return body.uuid(name);
    } else if (kind == Money.class) {
      return MoneyJson.read(body, name);
    } else if (kind.isEnum()) {
      return body.enumeration(name, (Class) kind);
    } else if (kind.isRecord()) {
      return body.object(name).map(nested -> nestedRecord(kind, nested));
    }
    throw new IllegalArgumentException("Cannot read field " + name + " as " + type);
  }

  private static Object nestedRecord(Class<?> type, JsonBody nested) {
    Object record = fill(type, nested);
    nested.finishNested();
    return record;
  }

  private static <R> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
    try {
      Constructor<R> canonical =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build " + type.getName(), e);
    }
  }
}
