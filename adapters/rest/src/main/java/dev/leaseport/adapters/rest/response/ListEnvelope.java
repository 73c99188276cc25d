package dev.leaseport.adapters.rest.response;

import dev.leaseport.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** The one list shape: the page's items and the true count of all matching rows. */
public record ListEnvelope<T>(List<T> data, long total, int limit, int offset) {
  public static <D, T> ListEnvelope<T> of(Page<D> page, Function<D, T> toJson) {
    return new ListEnvelope<>(
        page.items().stream().map(toJson).toList(),
        page.total(),
        page.request().limit(),
        page.request().offset());
  }
}
