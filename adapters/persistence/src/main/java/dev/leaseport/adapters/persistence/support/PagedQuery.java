package dev.leaseport.adapters.persistence.support;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.selectCount;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;

/**
 * A page of rows and the true total in one statement ({@code count(*) over ()}). Only a page past
 * the end, which has no row to carry the total, costs a second statement: never one per row.
 */
public final class PagedQuery {
  private static final Field<Integer> TOTAL = count().over().as("leaseport_total");

  private PagedQuery() {}

  public static <T> Page<T> fetch(
      DSLContext dsl,
      SelectField<T> projection,
      Table<?> from,
      Condition where,
      List<SortField<?>> orderBy,
      PageRequest page) {
    Result<Record2<T, Integer>> rows =
        dsl.select(projection, TOTAL)
            .from(from)
            .where(where)
            .orderBy(orderBy)
            .limit(page.limit())
            .offset(page.offset())
            .fetch();
    long total =
        rows.isEmpty()
            ? (page.offset() == 0 ? 0 : dsl.fetchValue(selectCount().from(from).where(where)))
            : rows.get(0).value2();
    return new Page<>(rows.map(Record2::value1), total, page);
  }
}
