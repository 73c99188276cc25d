package dev.leaseport.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test {@link TwoReplicas}, started at the first request and shared by every class of the
 * run: the runnable JAR's own tests and the two-replica tests cost two server starts together.
 * JUnit closes them when the run ends (the root store closes what is {@link AutoCloseable}).
 */
final class SharedTwoReplicas implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedTwoReplicas.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TwoReplicas.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(TwoReplicas.class, key -> start(), TwoReplicas.class);
  }

  private static TwoReplicas start() {
    try {
      return TwoReplicas.start();
    } catch (Exception e) {
      throw new IllegalStateException("The two replicas did not start", e);
    }
  }
}
