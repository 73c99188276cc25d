package dev.leaseport.adapters.rest.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose {@code Forwarded} / {@code X-Forwarded-For} are believed: addresses or CIDR
 * blocks, IPv4 or IPv6 literals (never host names: no DNS on the request path).
 */
public final class TrustedProxies {
  private final List<Block> blocks;
  private final String text;

  private TrustedProxies(List<Block> blocks, String text) {
    this.blocks = List.copyOf(blocks);
    this.text = text;
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of(), "");
  }

  /** Comma-separated addresses or blocks, e.g. {@code 10.0.0.0/8, ::1}; empty when one is bad. */
  public static Optional<TrustedProxies> parse(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : text.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      Optional<Block> block = Block.parse(entry.strip());
      if (block.isEmpty()) {
        return Optional.empty();
      }
      blocks.add(block.get());
    }
    return Optional.of(new TrustedProxies(blocks, text.strip()));
  }

  public boolean trusts(String address) {
    Optional<byte[]> bytes = literal(address);
    return bytes.isPresent() && blocks.stream().anyMatch(b -> b.contains(bytes.get()));
  }

  /** The bytes of an IP literal; empty for anything else (names, obfuscated ids, garbage). */
  static Optional<byte[]> literal(String address) {
    if (address == null
        || !address.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(address).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return text;
  }

  private record Block(byte[] network, int prefix) {
    static Optional<Block> parse(String text) {
      String[] parts = text.split("/", -1);
      Optional<byte[]> address = literal(parts[0]);
      if (address.isEmpty() || parts.length > 2) {
        return Optional.empty();
      }
      int bits = address.get().length * 8;
      int prefix = bits;
      if (parts.length == 2) {
        if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > bits) {
          return Optional.empty();
        }
        prefix = Integer.parseInt(parts[1]);
      }
      return Optional.of(new Block(address.get(), prefix));
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
