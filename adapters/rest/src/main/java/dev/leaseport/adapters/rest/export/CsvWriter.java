package dev.leaseport.adapters.rest.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: UTF-8, records ended by CRLF, a field quoted when it holds a comma,
 * a double quote, CR or LF, with its double quotes doubled. A field a person wrote that begins with
 * {@code = + - @}, TAB or CR is prefixed with {@code '}, so a spreadsheet shows it as text instead
 * of running it as a formula (OWASP's advice for CSV injection). Failures to write (a client that
 * went away) are unchecked, so lines can be written from a callback.
 */
final class CsvWriter {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** The last line of a file cut short by a failure; its quote is never closed. */
  static final String INCOMPLETE =
      "\"INCOMPLETE EXPORT: the server failed after the line above. Download the file again.";

  private final Writer out;

  CsvWriter(OutputStream output) {
    this.out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
  }

  void record(List<CsvCell> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(cells.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends a file that failed half-way so that it cannot pass for a whole one: a last line that opens
   * a quoted field and never closes it, which an RFC 4180 reader rejects and a person reads.
   * Nothing is thrown: the failure that stopped the export is what the caller reports.
   */
  void markIncomplete() {
    try {
      out.write(INCOMPLETE);
      out.flush();
    } catch (IOException e) {
      // The client is gone as well; there is no one left to tell.
    }
  }

  void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String field(CsvCell cell) {
    String content = cell.content();
    if (cell.fromAPerson()
        && !content.isEmpty()
        && FORMULA_STARTS.indexOf(content.charAt(0)) >= 0) {
      content = "'" + content;
    }
    if (needsQuotes(content)) {
      return '"' + content.replace("\"", "\"\"") + '"';
    }
    return content;
  }

  private static boolean needsQuotes(String content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
