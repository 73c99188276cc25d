package dev.leaseport.adapters.rest.profile;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.identity.ProfileChanges;
import dev.leaseport.domain.shared.Change;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /me}: absent fields stay, null clears. */
@Schema(name = "ProfilePatch", example = ApiExamples.PROFILE_PATCH)
public record ProfilePatchRequest(
    @Schema(implementation = String.class, nullable = true) Change<String> fullName,
    @Schema(implementation = String.class, nullable = true) Change<String> phone) {

  ProfileChanges toChanges() {
    return new ProfileChanges(fullName, phone);
  }
}
