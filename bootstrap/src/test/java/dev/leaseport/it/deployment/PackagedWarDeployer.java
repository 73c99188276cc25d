package dev.leaseport.it.deployment;

import java.io.File;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deploys the real archive Maven packaged (never a hand-picked list of classes) right after
 * Arquillian started the server, and undeploys it just before the server stops. Arquillian starts
 * its container once per run, so a run of any number of test classes, or of one class alone, costs
 * one deployment: the application's start-up (embedded PostgreSQL, migrations) happens once.
 */
public class PackagedWarDeployer {
  private static final File PACKAGED_WAR = new File("target/leaseport.war");

  private Archive<?> deployed;

  public void deploy(@Observes AfterStart started) throws DeploymentException {
    deployed = ShrinkWrap.createFromZipFile(WebArchive.class, PACKAGED_WAR);
    started.getDeployableContainer().deploy(deployed);
  }

  public void undeploy(@Observes BeforeStop stopping) throws DeploymentException {
    if (deployed != null) {
      stopping.getDeployableContainer().undeploy(deployed);
      deployed = null;
    }
  }
}
