package dev.leaseport.adapters.rest.expense;

import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.expense.Expense;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expense as JSON; the amount is in minor units. */
public record ExpenseJson(
    UUID id,
    UUID propertyId,
    UUID unitId,
    UUID maintenanceRequestId,
    String category,
    MoneyJson amount,
    LocalDate incurredOn,
    String vendor,
    String description,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  static ExpenseJson of(Expense e) {
    return new ExpenseJson(
        e.id(),
        e.propertyId(),
        e.unitId().orElse(null),
        e.maintenanceRequestId().orElse(null),
        e.category().name(),
        MoneyJson.of(e.amount()),
        e.incurredOn(),
        e.vendor().orElse(null),
        e.description().orElse(null),
        e.createdAt(),
        e.updatedAt(),
        e.version());
  }
}
