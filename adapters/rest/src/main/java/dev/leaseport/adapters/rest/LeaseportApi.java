package dev.leaseport.adapters.rest;

import dev.leaseport.adapters.rest.openapi.ApiDocumentConventions;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JAX-RS application at the root, so that every unknown path, not only those under {@code
 * /api/v1}, gets a problem+json 404. Resources carry the {@code /api/v1} prefix themselves.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Leaseport API",
            version = "1",
            description =
                "Property management: owners manage properties and units; tenants see what their"
                    + " lease gives them. Errors are RFC 9457 application/problem+json."))
@SecurityScheme(
    securitySchemeName = ApiDocumentConventions.SECURITY_SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class LeaseportApi extends Application {
  /**
   * Jersey (Payara, GlassFish) would otherwise publish a WADL description of every resource at
   * {@code /application.wadl}, outside the API's conventions; other runtimes ignore the key.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
