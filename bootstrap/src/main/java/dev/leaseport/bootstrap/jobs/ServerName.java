package dev.leaseport.bootstrap.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How a run record names the server that made it: host (a pod's name in Kubernetes) and process, so
 * two servers on one machine are told apart.
 */
public final class ServerName {
  private ServerName() {}

  public static String current() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "unknown-host";
      }
    }
    String name = host + "/" + ProcessHandle.current().pid();
    return name.length() <= 200 ? name : name.substring(0, 200);
  }
}
