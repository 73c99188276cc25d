package dev.leaseport.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the true count of all matching rows. */
public record Page<T>(List<T> items, long total, PageRequest request) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, request);
  }
}
