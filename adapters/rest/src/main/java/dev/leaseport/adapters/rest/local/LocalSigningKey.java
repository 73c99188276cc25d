package dev.leaseport.adapters.rest.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * Local mode's own RS256 key pair, made once and kept in the data folder so tokens survive a
 * restart. Never used outside local mode.
 */
public final class LocalSigningKey {
  private static final String FILE = "local-signing-key.jwk.json";

  private LocalSigningKey() {}

  public static RsaJsonWebKey loadOrCreate(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    try {
      if (Files.exists(file)) {
        return (RsaJsonWebKey)
            JsonWebKey.Factory.newJwk(Files.readString(file, StandardCharsets.UTF_8));
      }
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId("leaseport-local");
      Files.createDirectories(dataDirectory);
      Files.writeString(file, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // Not a POSIX file system: the folder's own permissions have to do.
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the local signing key in " + file, e);
    } catch (JoseException e) {
      throw new IllegalStateException("Could not read or make the local signing key", e);
    }
  }
}
