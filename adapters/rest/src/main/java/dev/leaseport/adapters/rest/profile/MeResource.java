package dev.leaseport.adapters.rest.profile;

import dev.leaseport.adapters.rest.request.JsonMediaTypes;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.identity.GetMyProfile;
import dev.leaseport.application.identity.UpdateMyProfile;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/me}: any signed-in user, owners and tenants alike, reads and edits themselves. */
@Path("/api/v1/me")
@AllowedUserTypes({UserType.OWNER, UserType.TENANT, UserType.ADMIN})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile")
public class MeResource {
  @Inject AuthenticatedCaller caller;
  @Inject GetMyProfile getProfile;
  @Inject UpdateMyProfile updateProfile;

  @GET
  @Operation(summary = "Read the caller's profile")
  public ProfileJson get() {
    return ProfileJson.of(getProfile.execute(caller.get()));
  }

  @PATCH
  @Consumes({MediaType.APPLICATION_JSON, JsonMediaTypes.MERGE_PATCH})
  @Operation(
      summary = "Change the caller's name or phone",
      description = "E-mail and user type come from the token.")
  public ProfileJson update(
      ProfilePatchRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var expected = Preconditions.ifMatch(ifMatch);
    return ProfileJson.of(updateProfile.execute(caller.get(), request.toChanges(), expected));
  }
}
