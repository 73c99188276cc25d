package dev.leaseport.application.fakes;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs the work at once and remembers for whom; repositories ask it whether one is open. */
public final class FakeUserTransactions implements UserTransactions {
  private final List<Caller> callers = new ArrayList<>();
  private boolean open;

  @Override
  public <T> T run(Caller caller, Supplier<T> work) {
    callers.add(caller);
    open = true;
    try {
      return work.get();
    } finally {
      open = false;
    }
  }

  public List<Caller> callers() {
    return callers;
  }

  /** Fails the test when a repository is used outside a transaction. */
  public void requireOpen() {
    if (!open) {
      throw new AssertionError("repository used outside the caller's transaction");
    }
  }
}
