package dev.leaseport.adapters.rest.request;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * JSON is UTF-8 (RFC 8259), so a body's {@code charset} may only say so. Checked before the runtime
 * decodes the body: an unknown charset would fail there as a server error (400 here), a real but
 * different one would silently garble text (415 here). Other media types are left to resource
 * matching (415 on a JSON endpoint, 404 on an unknown route), so this check tells nothing about
 * which routes exist.
 */
@Provider
@PreMatching
@Priority(3)
public class BodyCharset implements ContainerRequestFilter {
  /** US-ASCII text is UTF-8 text as it stands. */
  private static final Set<Charset> ACCEPTED =
      Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII);

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = mediaTypeOf(request);
    String name = isJson(type) ? type.getParameters().get(MediaType.CHARSET_PARAMETER) : null;
    if (name == null) {
      return;
    }
    if (!ACCEPTED.contains(charsetNamed(name.strip()))) {
      throw new ApiProblem(
          415, "unsupported-media-type", "Send JSON as UTF-8: charset=utf-8 or no charset");
    }
  }

  /** {@code application/json} and the {@code application/*+json} family (merge-patch...). */
  private static boolean isJson(MediaType type) {
    return type != null
        && "application".equalsIgnoreCase(type.getType())
        && (MediaType.APPLICATION_JSON_TYPE.getSubtype().equalsIgnoreCase(type.getSubtype())
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
  }

  private static MediaType mediaTypeOf(ContainerRequestContext request) {
    try {
      return request.getMediaType();
    } catch (IllegalArgumentException e) {
      throw ApiProblem.malformed("The Content-Type header cannot be read");
    }
  }

  private static Charset charsetNamed(String name) {
    try {
      return Charset.forName(name.toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw ApiProblem.malformed("The Content-Type names an unknown charset");
    }
  }
}
