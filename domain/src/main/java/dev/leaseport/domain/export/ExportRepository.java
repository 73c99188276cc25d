package dev.leaseport.domain.export;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reads the calling owner's exports inside the caller's transaction, one database call each, and
 * hands every line to {@code each} as it arrives; nothing is collected.
 */
public interface ExportRepository {

  /** Every unit of the owner, by property name and unit number, as of {@code asOf}. */
  void rentRoll(LocalDate asOf, Consumer<? super RentRollLine> each);

  /** Every payment of the owner started within {@code period}, oldest first. */
  void payments(PaymentPeriod period, Consumer<? super PaymentLine> each);
}
