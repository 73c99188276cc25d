package dev.leaseport.bootstrap.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a host name or address stays on this machine. Only {@code localhost} and loopback
 * literals count: other names are never resolved, since DNS could change the answer later.
 */
final class LoopbackHosts {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private LoopbackHosts() {}

  static boolean isLoopback(String host) {
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.equals("localhost")) {
      return true;
    }
    if (!IPV4.matcher(name).matches() && !name.contains(":")) {
      return false; // a DNS name: not resolved
    }
    try {
      // A literal address: parsed without any lookup.
      return InetAddress.getByName(name).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
