package dev.leaseport.adapters.rest.request;

import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and sorting parameters every list takes; a resource's {@code @BeanParam} extends it
 * with its filters. Values arrive as text so that {@link ListParameters} answers anything
 * unreadable with 400 {@code invalid-parameter}, not the runtime's bare 404.
 */
public abstract class ListQuery<F extends Enum<F>> {
  @QueryParam("limit")
  @Parameter(description = "1..100, default 20")
  String limit;

  @QueryParam("offset")
  @Parameter(description = "0..1000000, default 0")
  String offset;

  @QueryParam("sort")
  @Parameter(description = "A sortable field; prefix - to reverse")
  String sort;

  private final Map<String, F> sortable;
  private final Sort<F> defaultSort;

  protected ListQuery(Map<String, F> sortable, Sort<F> defaultSort) {
    this.sortable = sortable;
    this.defaultSort = defaultSort;
  }

  public PageRequest page() {
    return ListParameters.page(limit, offset);
  }

  public Sort<F> sort() {
    return ListParameters.sort(sort, sortable, defaultSort);
  }
}
