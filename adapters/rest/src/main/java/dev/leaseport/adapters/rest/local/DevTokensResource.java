package dev.leaseport.adapters.rest.local;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.JsonBody;
import dev.leaseport.adapters.rest.security.PublicEndpoint;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.Change;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
      description =
          "Body {userType: OWNER|TENANT|ADMIN, email, sub?}. The same e-mail always gets the same"
              + " user id unless sub is given. Answers 404 outside local mode.")
  public LocalTokenIssuer.IssuedToken mint(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT),
                      examples = @ExampleObject(name = "owner", value = ApiExamples.DEV_TOKEN)))
          String raw) {
    if (!issuer.isEnabled()) {
      throw ApiProblem.notFound();
    }
    JsonBody body = JsonBody.parse(raw);
    Change<UserType> userType = body.enumeration("userType", UserType.class);
    Change<String> email = body.string("email");
    Change<String> sub = body.string("sub");
    body.finish();
    String address = email.newValue().orElse(null);
    new Violations()
        .required(userType.newValue().orElse(null), "userType")
        .requireText(address, "email", 320)
        .check(address == null || address.contains("@"), "email", "must be an e-mail address")
        .check(sub.newValue().map(DevTokensResource::isUuid).orElse(true), "sub", "must be a UUID")
        .throwIfAny();
    UUID subject =
        sub.newValue().map(UUID::fromString).orElseGet(() -> LocalTokenIssuer.subjectFor(address));
    return issuer.issue(subject, address.strip(), userType.newValue().get());
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
