package dev.leaseport.bootstrap.startup;

import dev.leaseport.bootstrap.config.InvalidConfigurationException;
import dev.leaseport.bootstrap.demo.DemoData;
import dev.leaseport.bootstrap.jobs.JobScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs at application start (a CDI observer: restfulWS has no Servlet listeners), and starts the
 * scheduled jobs once the database is ready. Invalid configuration stops the whole server with one
 * message listing every problem.
 */
@ApplicationScoped
public class StartupSequence {
  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
  static final int EXIT_CONFIGURATION = 78;

  @Inject LeaseportRuntime runtime;
  @Inject DemoData demoData;
  @Inject JobScheduler jobs;

  void onStart(@Observes Startup event) {
    try {
      runtime.settings();
    } catch (InvalidConfigurationException e) {
      LOG.severe(e.getMessage());
      refuseToStart();
      throw e;
    }
    try {
      runtime.prepareDatabase();
      if (runtime.settings().demoData()) {
        demoData.load();
      }
      jobs.start(runtime.settings().jobs());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Leaseport could not prepare its database", e);
      throw e;
    }
  }

  /** Exits the JVM (and so the server) from another thread, once the message is logged. */
  private static void refuseToStart() {
    if (Boolean.parseBoolean(
        System.getenv().getOrDefault("LEASEPORT_KEEP_SERVER_ON_CONFIG_ERROR", "false"))) {
      return;
    }
    Thread exit = new Thread(() -> System.exit(EXIT_CONFIGURATION), "leaseport-refuse-to-start");
    exit.setDaemon(false);
    exit.start();
  }
}
