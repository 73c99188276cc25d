package dev.leaseport.adapters.persistence.support;

import java.util.function.Supplier;

/**
 * Times one named database call, so an operator sees in {@code /metrics} how long each report's
 * single function call takes. The server backs it with a MicroProfile timer; tests and tools that
 * need no metrics use {@link #UNTIMED}.
 */
@FunctionalInterface
public interface CallTimer {
  CallTimer UNTIMED =
      new CallTimer() {
        @Override
        public <T> T time(String name, Supplier<T> call) {
          return call.get();
        }
      };

  <T> T time(String name, Supplier<T> call);
}
