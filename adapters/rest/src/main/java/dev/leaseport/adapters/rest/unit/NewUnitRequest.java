package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.UnitStatus;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /properties/{id}/units}: bathrooms in steps of 0.5, rent in minor units
 * (at least 1, currency usd when left out), status VACANT when left out.
 */
@Schema(
    name = "NewUnit",
    requiredProperties = {"unitNumber", "rentAmount"},
    example = ApiExamples.NEW_UNIT)
public record NewUnitRequest(
    String unitNumber,
    Integer bedrooms,
    BigDecimal bathrooms,
    Integer squareFeet,
    @Schema(implementation = MoneyJson.class) Money rentAmount,
    UnitStatus status) {

  NewUnit toCommand(UUID propertyId) {
    return new NewUnit(
        propertyId,
        unitNumber,
        bedrooms,
        bathrooms,
        squareFeet,
        rentAmount,
        status == null ? UnitStatus.VACANT : status);
  }
}
