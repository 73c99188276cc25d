package dev.leaseport.adapters.rest.export;

import dev.leaseport.domain.shared.MinorUnits;
import dev.leaseport.domain.shared.Money;
import java.util.Optional;

/**
 * One field of a CSV record. {@code text} came from a person (a name, a description) and may start
 * like a spreadsheet formula; {@code value} is written by Leaseport itself (a number, a date, an
 * id, an enum), so its leading {@code -} is a minus sign and stays as it is.
 */
record CsvCell(String content, boolean fromAPerson) {
  static final CsvCell EMPTY = new CsvCell("", false);

  static CsvCell text(String text) {
    return text == null ? EMPTY : new CsvCell(text, true);
  }

  static CsvCell text(Optional<String> text) {
    return text.map(CsvCell::text).orElse(EMPTY);
  }

  static CsvCell value(Object value) {
    return value == null ? EMPTY : new CsvCell(value.toString(), false);
  }

  static CsvCell value(Optional<?> value) {
    return value.map(CsvCell::value).orElse(EMPTY);
  }

  /** The amount in its currency's major unit, with exactly the currency's decimal places. */
  static CsvCell money(Money money) {
    return new CsvCell(MinorUnits.decimal(money).toPlainString(), false);
  }
}
