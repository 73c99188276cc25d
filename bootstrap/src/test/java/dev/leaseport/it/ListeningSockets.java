package dev.leaseport.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The local addresses of the TCP sockets listening on a port, from Linux's {@code /proc/net/tcp}
 * and {@code tcp6}: which interfaces a server accepts connections on, without connecting to any.
 */
final class ListeningSockets {
  private static final String LISTEN = "0A";

  private ListeningSockets() {}

  static List<InetAddress> on(int port) throws IOException {
    List<InetAddress> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.isReadable(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file)) {
        String[] columns = line.strip().split("\\s+");
        if (columns.length < 4 || !columns[3].equals(LISTEN)) {
          continue;
        }
        String[] local = columns[1].split(":");
        if (local.length == 2 && Integer.parseInt(local[1], 16) == port) {
          addresses.add(address(local[0]));
        }
      }
    }
    return addresses;
  }

  /** The kernel prints each 32-bit word of the address in host (little-endian) byte order. */
  static InetAddress address(String hex) throws UnknownHostException {
    byte[] raw = HexFormat.of().parseHex(hex);
    for (int word = 0; word < raw.length; word += 4) {
      for (int i = 0; i < 2; i++) {
        byte b = raw[word + i];
        raw[word + i] = raw[word + 3 - i];
        raw[word + 3 - i] = b;
      }
    }
    return InetAddress.getByAddress(raw);
  }
}
