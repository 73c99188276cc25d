package dev.leaseport.adapters.rest.property;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /properties}: sort by name, createdAt or city. */
public class PropertyListQuery extends ListQuery<PropertySortField> {
  @QueryParam("status")
  String status;

  @QueryParam("propertyType")
  String propertyType;

  @QueryParam("city")
  String city;

  @QueryParam("q")
  @Parameter(description = "Searches name, address, city and postal code")
  String q;

  public PropertyListQuery() {
    super(
        Map.of(
            "name", PropertySortField.NAME,
            "createdAt", PropertySortField.CREATED_AT,
            "city", PropertySortField.CITY),
        Sort.ascending(PropertySortField.NAME));
  }

  PropertyFilter filter() {
    return new PropertyFilter(
        ListParameters.enumeration("status", status, PropertyStatus.class),
        ListParameters.enumeration("propertyType", propertyType, PropertyType.class),
        ListParameters.text("city", city, 100),
        ListParameters.text("q", q, 200));
  }
}
