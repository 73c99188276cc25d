package dev.leaseport.adapters.rest.export;

import dev.leaseport.domain.export.ExportRows;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of one export: a header row and the fields of each line. The header is written when
 * the first line has arrived (or, for an export without lines, when the call has answered), never
 * before: until then nothing is sent, so a failure of the database call still becomes a
 * problem+json answer instead of a CSV cut short. A failure after that ends the file with {@link
 * CsvWriter#INCOMPLETE}, since the server then completes the response as if nothing happened.
 */
final class CsvTable<T> {
  private final List<CsvCell> header;
  private final Function<T, List<CsvCell>> fields;

  CsvTable(List<String> header, Function<T, List<CsvCell>> fields) {
    this.header = header.stream().map(name -> new CsvCell(name, false)).toList();
    this.fields = fields;
  }

  /** The whole file, written as the rows are read. */
  StreamingOutput of(ExportRows<T> rows) {
    return output -> {
      CsvWriter csv = new CsvWriter(output);
      boolean[] started = {false};
      try {
        rows.forEach(
            line -> {
              if (!started[0]) {
                csv.record(header);
                started[0] = true;
              }
              csv.record(fields.apply(line));
            });
        if (!started[0]) {
          csv.record(header);
        }
        csv.flush();
      } catch (UncheckedIOException e) {
        throw e.getCause(); // the client went away: nothing more can reach it
      } catch (RuntimeException e) {
        if (started[0]) {
          // The status is sent and cannot become an error any more: make the cut visible.
          csv.markIncomplete();
        }
        throw e;
      }
    };
  }

  /** The file of {@code lines}, whole: what a client receives for them. */
  String write(List<T> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      of(lines::forEach).write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
