package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.shared.Violations;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /invitations}: whom to invite, and optionally to which unit. */
@Schema(
    name = "NewInvitation",
    requiredProperties = {"tenantId"},
    example = ApiExamples.NEW_INVITATION)
public record NewInvitationRequest(
    @Schema(format = "uuid") String tenantId, @Schema(format = "uuid") String unitId) {

  UUID tenant() {
    new Violations().required(tenantId, "tenantId").throwIfAny();
    return Ids.parse(tenantId, "tenantId");
  }

  Optional<UUID> unit() {
    return Optional.ofNullable(unitId).map(id -> Ids.parse(id, "unitId"));
  }
}
