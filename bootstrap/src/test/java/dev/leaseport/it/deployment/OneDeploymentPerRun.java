package dev.leaseport.it.deployment;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The Arquillian extension (listed in {@code META-INF/services}) that gives a test run one
 * deployment of the packaged WAR; the test classes themselves declare no {@code @Deployment}.
 */
public final class OneDeploymentPerRun implements LoadableExtension {
  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(PackagedWarDeployer.class);
  }
}
