package dev.leaseport.adapters.rest.profile;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.JsonBody;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.identity.GetMyProfile;
import dev.leaseport.application.identity.UpdateMyProfile;
import dev.leaseport.domain.identity.ProfileChanges;
import dev.leaseport.domain.identity.UserProfile;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** {@code /api/v1/me}: any signed-in user, owners and tenants alike, reads and edits themselves. */
@Path("/api/v1/me")
@AllowedUserTypes({UserType.OWNER, UserType.TENANT, UserType.ADMIN})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile")
@SecurityRequirement(name = "bearer")
public class MeResource {
  @Inject AuthenticatedCaller caller;
  @Inject GetMyProfile getProfile;
  @Inject UpdateMyProfile updateProfile;

  @GET
  @Operation(summary = "Read the caller's profile")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProfileJson.class)))
  public Response get() {
    return respond(getProfile.execute(caller.get()));
  }

  @PATCH
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the caller's name or phone",
      description =
          "Partial update: absent fields stay, null clears. E-mail and user type come from the token.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProfileJson.class)))
  public Response update(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT),
                      examples =
                          @ExampleObject(
                              name = "name and phone",
                              value = ApiExamples.PROFILE_PATCH)))
          String raw,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    JsonBody body = JsonBody.parse(raw);
    var fullName = body.string("fullName");
    var phone = body.string("phone");
    body.finish();
    UserProfile profile =
        updateProfile.execute(
            caller.get(), new ProfileChanges(fullName, phone), Preconditions.ifMatch(ifMatch));
    return respond(profile);
  }

  private static Response respond(UserProfile profile) {
    return Preconditions.tagged(Response.ok(ProfileJson.of(profile)), profile.version()).build();
  }
}
