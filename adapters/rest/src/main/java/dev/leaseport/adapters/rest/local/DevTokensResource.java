package dev.leaseport.adapters.rest.local;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.security.PublicEndpoint;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.Violations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/dev/tokens}: local mode's way to act as an owner, tenant or admin. In any
 * other mode this route does not exist: {@link LocalOnlyRoutes} answers 404 for every method before
 * routing, and the API document leaves it out.
 */
@Path("/api/v1/dev/tokens")
@RequestScoped
@Tag(name = LocalOnlyRoutes.DOCUMENT_TAG)
public class DevTokensResource {
  @Inject LocalTokenIssuer issuer;

  @POST
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Mint a bearer token (local mode only)",
      description = "Answers 404 outside local mode.")
  public LocalTokenIssuer.IssuedToken mint(DevTokenRequest request) {
    if (!issuer.isEnabled()) {
      throw ApiProblem.notFound();
    }
    UserType userType = request.userType();
    String sub = request.sub();
    String address = request.email();
    new Violations()
        .required(userType, "userType")
        .requireText(address, "email", 320)
        .check(address == null || address.contains("@"), "email", "must be an e-mail address")
        .check(sub == null || isUuid(sub), "sub", "must be a UUID")
        .throwIfAny();
    UUID subject = sub == null ? LocalTokenIssuer.subjectFor(address) : UUID.fromString(sub);
    return issuer.issue(subject, address.strip(), userType);
  }

  private static boolean isUuid(String value) {
    try {
      UUID.fromString(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
