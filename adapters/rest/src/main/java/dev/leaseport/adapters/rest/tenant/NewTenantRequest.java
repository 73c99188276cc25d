package dev.leaseport.adapters.rest.tenant;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.tenant.NewTenant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /tenants}. There is no {@code userId}: a record is linked to a user only
 * by an accepted invitation, and an unknown field is refused.
 */
@Schema(
    name = "NewTenant",
    requiredProperties = {"firstName", "lastName", "email"},
    example = ApiExamples.NEW_TENANT)
public record NewTenantRequest(
    String firstName,
    String lastName,
    String email,
    String phone,
    String emergencyContactName,
    String emergencyContactPhone,
    String notes) {

  NewTenant toCommand() {
    return new NewTenant(
        firstName,
        lastName,
        email,
        Optional.ofNullable(phone),
        Optional.ofNullable(emergencyContactName),
        Optional.ofNullable(emergencyContactPhone),
        Optional.ofNullable(notes));
  }
}
