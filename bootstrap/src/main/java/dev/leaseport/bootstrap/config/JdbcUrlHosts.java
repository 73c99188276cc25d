package dev.leaseport.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts a PostgreSQL JDBC URL connects to: {@code jdbc:postgresql://h1:p1,[::1]:p2/db?...}, an
 * empty host list meaning localhost, plus any {@code PGHOST} parameter, which the driver also
 * honours.
 */
final class JdbcUrlHosts {
  static final String PREFIX = "jdbc:postgresql://";

  private JdbcUrlHosts() {}

  static List<String> of(String url) {
    String rest = url.substring(PREFIX.length());
    int end = indexOfAny(rest, "/?");
    List<String> hosts = new ArrayList<>();
    for (String address : rest.substring(0, end).split(",", -1)) {
      hosts.add(hostOf(address.strip()));
    }
    int query = rest.indexOf('?');
    if (query >= 0) {
      for (String parameter : rest.substring(query + 1).split("[&;]")) {
        int equals = parameter.indexOf('=');
        String name = equals < 0 ? parameter : parameter.substring(0, equals);
        if (name.strip().toUpperCase(Locale.ROOT).equals("PGHOST")) {
          for (String address : parameter.substring(equals + 1).split(",", -1)) {
            hosts.add(hostOf(address.strip()));
          }
        }
      }
    }
    return hosts;
  }

  /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}; empty is localhost. */
  private static String hostOf(String address) {
    if (address.isEmpty()) {
      return "localhost";
    }
    if (address.startsWith("[")) {
      int close = address.indexOf(']');
      return close < 0 ? address : address.substring(0, close + 1);
    }
    int colon = address.indexOf(':');
    return colon < 0 ? address : address.substring(0, colon);
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
