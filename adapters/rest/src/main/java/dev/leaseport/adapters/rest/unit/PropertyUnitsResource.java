package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.ListEnvelope;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.unit.CreateUnit;
import dev.leaseport.application.unit.ListUnits;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitSortField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/properties/{id}/units}: owners only; the property must be the caller's. */
@Path("/api/v1/properties/{propertyId}/units")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
@SecurityRequirement(name = "bearer")
public class PropertyUnitsResource {
  @Inject AuthenticatedCaller caller;
  @Inject CreateUnit create;
  @Inject ListUnits list;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a unit to a property",
      description =
          "Body: {unitNumber, bedrooms?, bathrooms? (steps of 0.5), squareFeet?, rentAmount:"
              + " {amount (minor units, at least 1), currency? (default usd)}, status? (default VACANT)}.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UnitJson.class)))
  public Response create(
      @PathParam("propertyId") String propertyId,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT),
                      examples =
                          @ExampleObject(name = "two bedrooms", value = ApiExamples.NEW_UNIT)))
          String raw) {
    UUID property = ListParameters.id(propertyId);
    Unit unit = create.execute(caller.get(), UnitRequests.newUnit(property, raw));
    return Preconditions.tagged(
            Response.created(
                    uri.getBaseUriBuilder().path("api/v1/units").path(unit.id().toString()).build())
                .entity(UnitJson.of(unit)),
            unit.version())
        .build();
  }

  @GET
  @Operation(summary = "List the units of a property")
  public ListEnvelope<UnitJson> list(
      @PathParam("propertyId") String propertyId,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset,
      @QueryParam("sort") String sort,
      @QueryParam("status") String status,
      @QueryParam("minBedrooms") String minBedrooms,
      @QueryParam("maxRent") String maxRent) {
    return ListEnvelope.of(
        list.ofProperty(
            caller.get(),
            ListParameters.id(propertyId),
            UnitRequests.filter(null, status, minBedrooms, maxRent),
            ListParameters.sort(
                sort, UnitRequests.SORTS, Sort.ascending(UnitSortField.UNIT_NUMBER)),
            ListParameters.page(limit, offset)),
        UnitJson::of);
  }
}
