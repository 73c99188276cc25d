package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.unit.CreateUnit;
import dev.leaseport.application.unit.ListUnits;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/properties/{id}/units}: owners only; the property must be the caller's. */
@Path("/api/v1/properties/{propertyId}/units")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class PropertyUnitsResource {
  @Inject AuthenticatedCaller caller;
  @Inject CreateUnit create;
  @Inject ListUnits list;

  @POST
  @Created(UnitsResource.PATH)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a unit to a property")
  @APIResponseSchema(value = UnitJson.class, responseCode = "201")
  public UnitJson create(@PathParam("propertyId") UUID propertyId, NewUnitRequest request) {
    return UnitJson.of(create.execute(caller.get(), request.toCommand(propertyId)));
  }

  @GET
  @Operation(
      summary = "List the units of a property",
      description = "sort: unitNumber, createdAt, rentAmount, bedrooms.")
  public ListEnvelope<UnitJson> list(
      @PathParam("propertyId") UUID propertyId, @BeanParam UnitListQuery query) {
    return ListEnvelope.of(
        list.ofProperty(caller.get(), propertyId, query.filter(), query.sort(), query.page()),
        UnitJson::of);
  }
}
