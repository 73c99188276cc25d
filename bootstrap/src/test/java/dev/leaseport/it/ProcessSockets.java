package dev.leaseport.it;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sockets one process holds, from Linux's {@code /proc}: its descriptors name socket inodes,
 * and {@code /proc/net/{tcp,tcp6,udp,udp6}} give each inode's protocol, local address and state.
 * Shows where a server listens and whether it holds a UDP socket (as multicast discovery would),
 * without sending a packet.
 */
final class ProcessSockets {
  private static final String LISTEN = "0A";
  private static final int INODE = 9;

  /** One socket: {@code protocol} is the table it was found in (tcp, tcp6, udp, udp6). */
  record Socket(String protocol, InetAddress address, int port, boolean listening) {}

  private ProcessSockets() {}

  static List<Socket> of(long pid) throws IOException {
    Set<String> inodes = inodes(Path.of("/proc", Long.toString(pid), "fd"));
    List<Socket> sockets = new ArrayList<>();
    for (String protocol : List.of("tcp", "tcp6", "udp", "udp6")) {
      Path table = Path.of("/proc/net", protocol);
      if (!Files.isReadable(table)) {
        continue;
      }
      for (String line : Files.readAllLines(table)) {
        String[] columns = line.strip().split("\\s+");
        if (columns.length <= INODE || !inodes.contains(columns[INODE])) {
          continue;
        }
        String[] local = columns[1].split(":");
        sockets.add(
            new Socket(
                protocol,
                ListeningSockets.address(local[0]),
                Integer.parseInt(local[1], 16),
                protocol.startsWith("tcp") && columns[3].equals(LISTEN)));
      }
    }
    return sockets;
  }

  private static Set<String> inodes(Path descriptors) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> links = Files.list(descriptors)) {
      for (Path link : links.toList()) {
        try {
          String target = Files.readSymbolicLink(link).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // a descriptor closed while listing: not a socket the process still holds
        }
      }
    }
    return inodes;
  }
}
