package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitStatus;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /units/{id}}: absent fields stay, null clears an optional one. */
@Schema(name = "UnitPatch", example = ApiExamples.UNIT_PATCH)
public record UnitPatchRequest(
    @Schema(implementation = String.class) Change<String> unitNumber,
    @Schema(implementation = Integer.class, nullable = true) Change<Integer> bedrooms,
    @Schema(implementation = BigDecimal.class, nullable = true) Change<BigDecimal> bathrooms,
    @Schema(implementation = Integer.class, nullable = true) Change<Integer> squareFeet,
    @Schema(implementation = MoneyJson.class) Change<Money> rentAmount,
    @Schema(implementation = UnitStatus.class) Change<UnitStatus> status) {

  UnitChanges toChanges() {
    return new UnitChanges(unitNumber, bedrooms, bathrooms, squareFeet, rentAmount, status);
  }
}
