package dev.leaseport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The socket-table reader tells a loopback listener from one on every interface. */
class ListeningSocketsTest {

  @Test
  void aSocketBoundToEveryInterfaceIsSeenAsNotLoopback() throws Exception {
    try (ServerSocket everywhere = new ServerSocket()) {
      everywhere.bind(new InetSocketAddress(0));

      assertThat(ListeningSockets.on(everywhere.getLocalPort()))
          .isNotEmpty()
          .anySatisfy(address -> assertThat(address.isLoopbackAddress()).isFalse());
    }
  }

  @Test
  void aSocketBoundToLoopbackIsSeenAsLoopbackOnly() throws Exception {
    try (ServerSocket loopback = new ServerSocket()) {
      loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

      assertThat(ListeningSockets.on(loopback.getLocalPort()))
          .isNotEmpty()
          .allSatisfy(address -> assertThat(address.isLoopbackAddress()).isTrue());
    }
  }

  @Test
  void theKernelsWordOrderIsUndone() throws Exception {
    assertThat(ListeningSockets.address("0100007F").getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(ListeningSockets.address("0000000000000000FFFF00000100007F").isLoopbackAddress())
        .isTrue();
    assertThat(ListeningSockets.address("00000000000000000000000001000000").isLoopbackAddress())
        .isTrue();
  }
}
