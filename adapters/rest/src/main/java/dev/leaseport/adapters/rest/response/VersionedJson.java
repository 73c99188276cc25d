package dev.leaseport.adapters.rest.response;

import java.util.UUID;

/**
 * A representation of one stored resource: its id names it in a {@code Location}, its version is
 * its {@code ETag}. Resources return these; {@link EntityTags} and {@link Created} do the headers.
 */
public interface VersionedJson {
  UUID id();

  long version();
}
