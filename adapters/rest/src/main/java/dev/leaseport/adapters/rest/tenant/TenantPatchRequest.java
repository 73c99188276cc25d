package dev.leaseport.adapters.rest.tenant;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.tenant.TenantChanges;
import dev.leaseport.domain.tenant.TenantStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /tenants/{id}}: absent fields stay, null clears an optional one. */
@Schema(name = "TenantPatch", example = ApiExamples.TENANT_PATCH)
public record TenantPatchRequest(
    @Schema(implementation = String.class) Change<String> firstName,
    @Schema(implementation = String.class) Change<String> lastName,
    @Schema(implementation = String.class) Change<String> email,
    @Schema(implementation = String.class, nullable = true) Change<String> phone,
    @Schema(implementation = String.class, nullable = true) Change<String> emergencyContactName,
    @Schema(implementation = String.class, nullable = true) Change<String> emergencyContactPhone,
    @Schema(implementation = String.class, nullable = true) Change<String> notes,
    @Schema(implementation = TenantStatus.class) Change<TenantStatus> status) {

  TenantChanges toChanges() {
    return new TenantChanges(
        firstName,
        lastName,
        email,
        phone,
        emergencyContactName,
        emergencyContactPhone,
        notes,
        status);
  }
}
