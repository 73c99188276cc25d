package dev.leaseport.adapters.rest.property;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.ListEnvelope;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.property.CreateProperty;
import dev.leaseport.application.property.DeleteProperty;
import dev.leaseport.application.property.GetProperty;
import dev.leaseport.application.property.ListProperties;
import dev.leaseport.application.property.UpdateProperty;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/properties}: owners only; another owner's property is 404. */
@Path("/api/v1/properties")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Properties")
@SecurityRequirement(name = "bearer")
public class PropertiesResource {
  static final Map<String, PropertySortField> SORTS =
      Map.of(
          "name", PropertySortField.NAME,
          "createdAt", PropertySortField.CREATED_AT,
          "city", PropertySortField.CITY);

  @Inject AuthenticatedCaller caller;
  @Inject CreateProperty create;
  @Inject GetProperty get;
  @Inject ListProperties list;
  @Inject UpdateProperty update;
  @Inject DeleteProperty delete;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a property",
      description =
          "Body: {name, address: {line1, line2?, city, region?, postalCode?, country? (ISO"
              + " 3166-1 alpha-2, default US)}, propertyType, status? (default ACTIVE),"
              + " description?}. 201 with Location.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PropertyJson.class)))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT),
                      examples =
                          @ExampleObject(name = "apartment", value = ApiExamples.NEW_PROPERTY)))
          String raw) {
    Property property = create.execute(caller.get(), PropertyRequests.newProperty(raw));
    return Preconditions.tagged(
            Response.created(uri.getAbsolutePathBuilder().path(property.id().toString()).build())
                .entity(PropertyJson.of(property)),
            property.version())
        .build();
  }

  @GET
  @Operation(
      summary = "List the caller's properties",
      description =
          "Filters status, propertyType, city, q (name, address, city, postal code). Sort name, createdAt, city; prefix - to reverse.")
  public ListEnvelope<PropertyJson> list(
      @QueryParam("limit") @Parameter(description = "1..100, default 20") String limit,
      @QueryParam("offset") @Parameter(description = "0..1000000, default 0") String offset,
      @QueryParam("sort") @Parameter(description = "name | createdAt | city, - prefix reverses")
          String sort,
      @QueryParam("status") String status,
      @QueryParam("propertyType") String propertyType,
      @QueryParam("city") String city,
      @QueryParam("q") String q) {
    PropertyFilter filter =
        new PropertyFilter(
            ListParameters.enumeration("status", status, PropertyStatus.class),
            ListParameters.enumeration("propertyType", propertyType, PropertyType.class),
            ListParameters.text("city", city, 100),
            ListParameters.text("q", q, 200));
    return ListEnvelope.of(
        list.execute(
            caller.get(),
            filter,
            ListParameters.sort(sort, SORTS, Sort.ascending(PropertySortField.NAME)),
            ListParameters.page(limit, offset)),
        PropertyJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one property")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PropertyJson.class)))
  public Response get(@PathParam("id") String id) {
    return respond(get.execute(caller.get(), ListParameters.id(id)));
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a property",
      description =
          "Partial update: absent fields stay, null clears an optional field. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PropertyJson.class)))
  public Response update(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT),
                      examples =
                          @ExampleObject(
                              name = "rename and archive",
                              value = ApiExamples.PROPERTY_PATCH)))
          String raw,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var versioned = Preconditions.ifMatch(ifMatch);
    return respond(
        update.execute(
            caller.get(), ListParameters.id(id), PropertyRequests.changes(raw), versioned));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete a property and its units",
      description = "Honours If-Match. 409 once it has lease history.")
  public Response delete(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    delete.execute(caller.get(), ListParameters.id(id), Preconditions.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  private static Response respond(Property property) {
    return Preconditions.tagged(Response.ok(PropertyJson.of(property)), property.version()).build();
  }
}
