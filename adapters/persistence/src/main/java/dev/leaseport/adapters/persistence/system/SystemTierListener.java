package dev.leaseport.adapters.persistence.system;

/** Told of every system-tier transaction, so each use can be counted by reason. */
@FunctionalInterface
public interface SystemTierListener {
  void used(SystemReason reason);
}
