package dev.leaseport.adapters.rest.local;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.identity.UserType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /dev/tokens}; the same e-mail gets the same user id unless sub is set.
 */
@Schema(
    name = "DevTokenRequest",
    requiredProperties = {"userType", "email"},
    example = ApiExamples.DEV_TOKEN)
public record DevTokenRequest(
    UserType userType, String email, @Schema(format = "uuid") String sub) {}
