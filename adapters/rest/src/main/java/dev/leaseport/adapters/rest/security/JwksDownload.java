package dev.leaseport.adapters.rest.security;

import java.io.IOException;
import java.util.List;
import org.jose4j.http.Get;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/**
 * One bounded download of the issuer's JWKS: 2 s to connect, 2 s per read and one retry, instead of
 * jose4j's 20 s, 20 s and three retries, so a sick provider holds a caller for seconds, not
 * minutes. Anything but 200 with at least one key is a failure (jose4j also caps the body at 512
 * KiB).
 */
final class JwksDownload {
  static final int TIMEOUT_MILLIS = 2_000;
  static final int RETRIES = 1;
  private final String url;
  private final Get http = new Get();

  JwksDownload(String url) {
    this.url = url;
    http.setConnectTimeout(TIMEOUT_MILLIS);
    http.setReadTimeout(TIMEOUT_MILLIS);
    http.setRetries(RETRIES);
  }

  String url() {
    return url;
  }

  List<JsonWebKey> keys() throws IOException, JoseException {
    List<JsonWebKey> keys = new JsonWebKeySet(http.get(url).getBody()).getJsonWebKeys();
    if (keys.isEmpty()) {
      throw new JoseException("the key set is empty");
    }
    return List.copyOf(keys);
  }
}
