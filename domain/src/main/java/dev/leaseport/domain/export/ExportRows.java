package dev.leaseport.domain.export;

import java.util.function.Consumer;

/**
 * An export not yet read: {@link #forEach} runs its one database call and hands each line to {@code
 * each} as the cursor delivers it, then ends the transaction, also when {@code each} fails (a
 * client that went away). Who may read it was checked when it was made.
 */
@FunctionalInterface
public interface ExportRows<T> {
  void forEach(Consumer<? super T> each);
}
