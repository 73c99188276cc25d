package dev.leaseport.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive under test is the real one Maven packaged, not a hand-picked list of classes. */
final class LeaseportDeployment {
  private LeaseportDeployment() {}

  static WebArchive packagedWar() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/leaseport.war"));
  }
}
