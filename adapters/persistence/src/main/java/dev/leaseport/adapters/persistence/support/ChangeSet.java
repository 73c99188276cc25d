package dev.leaseport.adapters.persistence.support;

import dev.leaseport.domain.shared.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Field;

/** The columns a partial update writes: set values, cleared ones as NULL, the rest untouched. */
public final class ChangeSet {
  private final Map<Field<?>, Object> values = new LinkedHashMap<>();

  public <T> ChangeSet put(Field<T> column, Change<T> change) {
    return put(column, change, Function.identity());
  }

  public <D, T> ChangeSet put(Field<T> column, Change<D> change, Function<D, T> toColumn) {
    if (change instanceof Change.SetTo<D> set) {
      values.put(column, toColumn.apply(set.value()));
    } else if (change instanceof Change.Cleared) {
      values.put(column, null);
    }
    return this;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public Map<Field<?>, Object> values() {
    return values;
  }
}
