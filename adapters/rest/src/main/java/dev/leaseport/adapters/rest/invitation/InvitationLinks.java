package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.domain.invitation.InvitationToken;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the link a renter opens to accept, on the server's public base URL. */
public final class InvitationLinks {
  private final String publicUrl;

  /**
   * @param publicUrl the public base URL, e.g. {@code https://app.example.com}
   */
  public InvitationLinks(String publicUrl) {
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  public URI acceptUrl(InvitationToken token) {
    return URI.create(
        publicUrl
            + "/accept-invitation?token="
            + URLEncoder.encode(token.value(), StandardCharsets.US_ASCII));
  }
}
