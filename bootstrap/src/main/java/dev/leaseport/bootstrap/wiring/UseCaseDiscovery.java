package dev.leaseport.bootstrap.wiring;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.literal.InjectLiteral;
import jakarta.enterprise.inject.literal.SingletonLiteral;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.lang.reflect.Modifier;

/**
 * Makes every use case a CDI bean without a producer or an annotation in {@code application}: the
 * application jar is a bean archive (its {@code beans.xml} discovers all classes), and this
 * extension marks each use case {@code @Singleton} with its one public constructor {@code @Inject}.
 * Use cases are stateless and hold only ports, so one instance serves every request, with no proxy
 * (a dependent instance per injection built each request's use cases and their repositories anew).
 * The ports they take are produced in {@link PersistenceWiring}; a missing one fails the
 * deployment.
 */
public final class UseCaseDiscovery implements Extension {
  static final String APPLICATION = "dev.leaseport.application";
  static final String PORTS = APPLICATION + ".port";

  <T> void wireUseCase(@Observes ProcessAnnotatedType<T> event) {
    if (!isUseCase(event.getAnnotatedType().getJavaClass())) {
      return;
    }
    event
        .configureAnnotatedType()
        .add(SingletonLiteral.INSTANCE)
        .filterConstructors(c -> Modifier.isPublic(c.getJavaMember().getModifiers()))
        .forEach(constructor -> constructor.add(InjectLiteral.INSTANCE));
  }

  /**
   * A use case is what the architecture rules call one: a public final top-level class of the
   * application layer outside its ports.
   */
  static boolean isUseCase(Class<?> type) {
    String pkg = type.getPackageName();
    int modifiers = type.getModifiers();
    return (pkg.equals(APPLICATION) || pkg.startsWith(APPLICATION + "."))
        && !(pkg.equals(PORTS) || pkg.startsWith(PORTS + "."))
        && type.getEnclosingClass() == null
        && !type.isInterface()
        && Modifier.isPublic(modifiers)
        && Modifier.isFinal(modifiers);
  }
}
