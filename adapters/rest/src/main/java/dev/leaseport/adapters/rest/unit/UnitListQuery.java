package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.unit.UnitFields;
import dev.leaseport.domain.unit.UnitFilter;
import dev.leaseport.domain.unit.UnitSortField;
import dev.leaseport.domain.unit.UnitStatus;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of a property's units: sort by unitNumber, createdAt, rentAmount or bedrooms. */
public class UnitListQuery extends ListQuery<UnitSortField> {
  @QueryParam("status")
  String status;

  @QueryParam("minBedrooms")
  @Parameter(description = "0..100")
  String minBedrooms;

  @QueryParam("maxRent")
  @Parameter(description = "Minor units, 0..10000000000")
  String maxRent;

  public UnitListQuery() {
    super(
        Map.of(
            "unitNumber", UnitSortField.UNIT_NUMBER,
            "createdAt", UnitSortField.CREATED_AT,
            "rentAmount", UnitSortField.RENT_AMOUNT,
            "bedrooms", UnitSortField.BEDROOMS),
        Sort.ascending(UnitSortField.UNIT_NUMBER));
  }

  UnitFilter filter() {
    return filter(Optional.empty());
  }

  UnitFilter filter(Optional<UUID> propertyId) {
    return new UnitFilter(
        propertyId,
        ListParameters.enumeration("status", status, UnitStatus.class),
        ListParameters.optionalInt(
            "minBedrooms", minBedrooms, UnitFields.BEDROOMS_MIN, UnitFields.BEDROOMS_MAX),
        // Any amount a rent can be, and 0: a filter that matches nothing is still a question.
        ListParameters.optionalLong("maxRent", maxRent, 0, UnitFields.RENT_MAX));
  }

  /** The query of {@code GET /units}, across properties: it may name one property. */
  public static class AcrossProperties extends UnitListQuery {
    @QueryParam("propertyId")
    String propertyId;

    @Override
    UnitFilter filter() {
      return filter(ListParameters.uuid("propertyId", propertyId));
    }
  }
}
