package dev.leaseport.adapters.rest.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The address a request came from. The peer of the connection, unless that peer is a trusted proxy:
 * then the hops it reports ({@code Forwarded}, else {@code X-Forwarded-For}) are walked from the
 * nearest, and the first one that is not itself a trusted proxy is the client. Anyone can write
 * those headers, so from an untrusted peer they are ignored.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(
      String peer, String forwarded, String xForwardedFor, TrustedProxies trusted) {
    if (!trusted.trusts(peer)) {
      return peer;
    }
    List<String> hops =
        forwarded != null && !forwarded.isBlank()
            ? forwardedFor(forwarded)
            : xForwardedFor == null ? List.of() : commaList(xForwardedFor);
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (TrustedProxies.literal(hop).isEmpty()) {
        break; // an obfuscated or garbled hop: the last trusted one is as far as we can see
      }
      client = hop;
      if (!trusted.trusts(hop)) {
        break;
      }
    }
    return client;
  }

  private static List<String> commaList(String header) {
    List<String> hops = new ArrayList<>();
    for (String hop : header.split(",")) {
      hops.add(hop.strip());
    }
    return hops;
  }

  /** The {@code for=} of each element of RFC 7239's header, without quotes, brackets or port. */
  private static List<String> forwardedFor(String header) {
    List<String> hops = new ArrayList<>();
    for (String element : header.split(",")) {
      String value = "";
      for (String pair : element.split(";")) {
        String[] kv = pair.strip().split("=", 2);
        if (kv.length == 2 && kv[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
          value = kv[1].strip();
        }
      }
      hops.add(stripNode(value));
    }
    return hops;
  }

  private static String stripNode(String node) {
    String v = node.replace("\"", "");
    if (v.startsWith("[")) {
      int end = v.indexOf(']');
      return end < 0 ? "" : v.substring(1, end);
    }
    int colon = v.indexOf(':');
    return colon >= 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
  }
}
