package dev.leaseport.adapters.persistence.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy between pgjdbc and PostgreSQL that relays every byte, and can cut one connection at a
 * chosen moment: before a statement reaches the server, or after the server committed but before
 * the client hears of it. Each planned cut happens once; later connections pass untouched, as a
 * retry on a fresh connection would.
 */
public final class ConnectionCuttingProxy implements AutoCloseable {
  private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket listener;
  private final String targetHost;
  private final int targetPort;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "connection-cutting-proxy");
            thread.setDaemon(true);
            return thread;
          });
  private volatile byte[] cutBefore;
  private volatile boolean cutAfterCommit;
  private final AtomicBoolean armed = new AtomicBoolean();
  private final AtomicBoolean cut = new AtomicBoolean();

  private ConnectionCuttingProxy(ServerSocket listener, String targetHost, int targetPort) {
    this.listener = listener;
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  /** Listens on a free loopback port and relays to {@code targetHost:targetPort}. */
  public static ConnectionCuttingProxy start(String targetHost, int targetPort) {
    try {
      ConnectionCuttingProxy proxy =
          new ConnectionCuttingProxy(
              new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetHost, targetPort);
      proxy.threads.execute(proxy::acceptConnections);
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return listener.getLocalPort();
  }

  /**
   * The next client message that contains {@code text} never reaches the server: both ends close.
   */
  public void cutBefore(String text) {
    cutBefore = text.getBytes(StandardCharsets.UTF_8);
    armed.set(true);
  }

  /**
   * The next COMMIT reaches the server, which commits; its answer is dropped and the client's
   * connection closed, so the client cannot know the outcome.
   */
  public void cutAfterCommit() {
    cutAfterCommit = true;
    armed.set(true);
  }

  /** Whether the planned cut has happened. */
  public boolean hasCut() {
    return cut.get();
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    threads.shutdownNow();
  }

  private void acceptConnections() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(targetHost, targetPort);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        Link link = new Link(client, server);
        threads.execute(link::clientToServer);
        threads.execute(link::serverToClient);
      } catch (IOException e) {
        return; // the listener was closed
      }
    }
  }

  /** One client connection and its server connection. */
  private final class Link {
    private final Socket client;
    private final Socket server;
    private volatile boolean dropAnswers;

    Link(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void clientToServer() {
      relay(
          client,
          server,
          chunk -> {
            byte[] marker = cutBefore;
            if (marker != null && contains(chunk, marker) && claimTheCut()) {
              cut.set(true);
              closeBoth();
              return false;
            }
            if (cutAfterCommit && contains(chunk, COMMIT) && claimTheCut()) {
              dropAnswers = true; // set before the server can answer
            }
            return true;
          });
    }

    void serverToClient() {
      relay(
          server,
          client,
          chunk -> {
            if (!dropAnswers) {
              return true;
            }
            // The server's answer to COMMIT ("CommandComplete COMMIT"): it has committed.
            if (contains(chunk, COMMIT)) {
              cut.set(true);
              closeBoth();
            }
            return false;
          });
    }

    private void relay(Socket from, Socket to, ChunkFilter filter) {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream()) {
        OutputStream out = to.getOutputStream();
        int read;
        while ((read = in.read(buffer)) >= 0) {
          byte[] chunk = Arrays.copyOf(buffer, read);
          if (filter.forward(chunk)) {
            out.write(chunk);
            out.flush();
          }
        }
      } catch (IOException e) {
        // one side went away: end the other too
      } finally {
        closeBoth();
      }
    }

    private void closeBoth() {
      closeQuietly(client);
      closeQuietly(server);
    }
  }

  private boolean claimTheCut() {
    if (armed.compareAndSet(true, false)) {
      cutBefore = null;
      cutAfterCommit = false;
      return true;
    }
    return false;
  }

  @FunctionalInterface
  private interface ChunkFilter {
    /** Whether to forward the chunk. */
    boolean forward(byte[] chunk);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
