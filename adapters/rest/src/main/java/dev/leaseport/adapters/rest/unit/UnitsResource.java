package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.ListEnvelope;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.unit.DeleteUnit;
import dev.leaseport.application.unit.GetUnit;
import dev.leaseport.application.unit.ListUnits;
import dev.leaseport.application.unit.UpdateUnit;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitSortField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/units}: reads are scoped by row-level security (owners their own units, tenants
 * the unit of their lease); writes are owners only.
 */
@Path("/api/v1/units")
@AllowedUserTypes({UserType.OWNER, UserType.TENANT})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
@SecurityRequirement(name = "bearer")
public class UnitsResource {
  @Inject AuthenticatedCaller caller;
  @Inject GetUnit get;
  @Inject ListUnits list;
  @Inject UpdateUnit update;
  @Inject DeleteUnit delete;

  @GET
  @Operation(
      summary = "List units across properties",
      description =
          "Filters propertyId, status, minBedrooms (0..100), maxRent (minor units, 0..10000000000). Sort unitNumber, createdAt, rentAmount, bedrooms.")
  public ListEnvelope<UnitJson> list(
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset,
      @QueryParam("sort") String sort,
      @QueryParam("propertyId") String propertyId,
      @QueryParam("status") String status,
      @QueryParam("minBedrooms") String minBedrooms,
      @QueryParam("maxRent") String maxRent) {
    return ListEnvelope.of(
        list.execute(
            caller.get(),
            UnitRequests.filter(propertyId, status, minBedrooms, maxRent),
            ListParameters.sort(
                sort, UnitRequests.SORTS, Sort.ascending(UnitSortField.UNIT_NUMBER)),
            ListParameters.page(limit, offset)),
        UnitJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one unit")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UnitJson.class)))
  public Response get(@PathParam("id") String id) {
    return respond(get.execute(caller.get(), ListParameters.id(id)));
  }

  @PATCH
  @AllowedUserTypes(UserType.OWNER)
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a unit", description = "Partial update; honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UnitJson.class)))
  public Response update(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT),
                      examples = @ExampleObject(name = "new rent", value = ApiExamples.UNIT_PATCH)))
          String raw,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var versioned = Preconditions.ifMatch(ifMatch);
    return respond(
        update.execute(caller.get(), ListParameters.id(id), UnitRequests.changes(raw), versioned));
  }

  @DELETE
  @AllowedUserTypes(UserType.OWNER)
  @Path("{id}")
  @Operation(summary = "Delete a unit", description = "Honours If-Match.")
  public Response delete(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    delete.execute(caller.get(), ListParameters.id(id), Preconditions.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  static Response respond(Unit unit) {
    return Preconditions.tagged(Response.ok(UnitJson.of(unit)), unit.version()).build();
  }
}
