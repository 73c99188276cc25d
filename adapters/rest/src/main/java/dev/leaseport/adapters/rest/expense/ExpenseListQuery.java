package dev.leaseport.adapters.rest.expense;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.expense.ExpenseCategory;
import dev.leaseport.domain.expense.ExpenseFields;
import dev.leaseport.domain.expense.ExpenseFilter;
import dev.leaseport.domain.expense.ExpenseSortField;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /expenses}: sort by incurredOn (default newest first) or amount. */
public class ExpenseListQuery extends ListQuery<ExpenseSortField> {
  @QueryParam("propertyId")
  String propertyId;

  @QueryParam("unitId")
  String unitId;

  @QueryParam("category")
  String category;

  @QueryParam("from")
  @Parameter(description = "Incurred on or after, YYYY-MM-DD")
  String from;

  @QueryParam("to")
  @Parameter(description = "Incurred on or before, YYYY-MM-DD")
  String to;

  public ExpenseListQuery() {
    super(
        Map.of("incurredOn", ExpenseSortField.INCURRED_ON, "amount", ExpenseSortField.AMOUNT),
        new Sort<>(ExpenseSortField.INCURRED_ON, Direction.DESCENDING));
  }

  ExpenseFilter filter() {
    Optional<LocalDate> fromDate = date("from", from);
    Optional<LocalDate> toDate = date("to", to);
    if (fromDate.isPresent() && toDate.isPresent() && toDate.get().isBefore(fromDate.get())) {
      throw ApiProblem.invalidParameter("to must not be before from");
    }
    return new ExpenseFilter(
        ListParameters.uuid("propertyId", propertyId),
        ListParameters.uuid("unitId", unitId),
        ListParameters.enumeration("category", category, ExpenseCategory.class),
        fromDate,
        toDate);
  }

  /** A calendar date within the years an expense may have. */
  private static Optional<LocalDate> date(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidParameter(name + " must be a date written YYYY-MM-DD");
    }
    if (date.isBefore(ExpenseFields.INCURRED_ON_MIN)
        || date.isAfter(ExpenseFields.INCURRED_ON_MAX)) {
      throw ApiProblem.invalidParameter(
          name
              + " must be between "
              + ExpenseFields.INCURRED_ON_MIN
              + " and "
              + ExpenseFields.INCURRED_ON_MAX);
    }
    return Optional.of(date);
  }
}
