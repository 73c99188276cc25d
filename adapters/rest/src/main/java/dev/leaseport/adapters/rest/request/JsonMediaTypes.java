package dev.leaseport.adapters.rest.request;

/** The media types request bodies may use. */
public final class JsonMediaTypes {
  /** RFC 7396: absent members stay, null removes; the same rules as a PATCH in plain JSON. */
  public static final String MERGE_PATCH = "application/merge-patch+json";

  private JsonMediaTypes() {}
}
