package dev.leaseport.adapters.rest.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

  @Test
  void recordsEndWithCrLfAndPlainFieldsAreNotQuoted() {
    assertThat(
            written(
                List.of(CsvCell.value("a"), CsvCell.text("b c"), CsvCell.EMPTY),
                List.of(CsvCell.value(1), CsvCell.text("x"), CsvCell.value("z"))))
        .isEqualTo("a,b c,\r\n1,x,z\r\n");
  }

  @Test
  void aFieldWithACommaQuoteCrOrLfIsQuotedWithItsQuotesDoubled() {
    assertThat(CsvWriter.field(CsvCell.text("Smith, Jr."))).isEqualTo("\"Smith, Jr.\"");
    assertThat(CsvWriter.field(CsvCell.text("the \"Elm\" flat")))
        .isEqualTo("\"the \"\"Elm\"\" flat\"");
    assertThat(CsvWriter.field(CsvCell.text("line one\nline two")))
        .isEqualTo("\"line one\nline two\"");
    assertThat(CsvWriter.field(CsvCell.text("a\rb"))).isEqualTo("\"a\rb\"");
    assertThat(CsvWriter.field(CsvCell.text("\""))).isEqualTo("\"\"\"\"");
  }

  @ParameterizedTest(name = "text starting with {0}")
  @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
  void textThatStartsLikeAFormulaIsPrefixedWithAnApostrophe(String start) {
    String field = CsvWriter.field(CsvCell.text(start + "HYPERLINK(\"http://x\")"));

    assertThat(field).startsWith("\"'" + start).endsWith("\"");
    assertThat(CsvWriter.field(CsvCell.text(start + "1"))).contains("'" + start + "1");
  }

  @Test
  void eachFormulaStartIsNeutralisedExactly() {
    assertThat(CsvWriter.field(CsvCell.text("=1+2"))).isEqualTo("'=1+2");
    assertThat(CsvWriter.field(CsvCell.text("+44 20 7946 0000"))).isEqualTo("'+44 20 7946 0000");
    assertThat(CsvWriter.field(CsvCell.text("-Owner"))).isEqualTo("'-Owner");
    assertThat(CsvWriter.field(CsvCell.text("@SUM(A1)"))).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.field(CsvCell.text("\tcmd"))).isEqualTo("'\tcmd");
    assertThat(CsvWriter.field(CsvCell.text("\rcmd"))).isEqualTo("\"'\rcmd\"");
    assertThat(CsvWriter.field(CsvCell.text("=cmd|' /C calc'!A0, x")))
        .isEqualTo("\"'=cmd|' /C calc'!A0, x\"");
  }

  @Test
  void textWithAFormulaCharacterLaterOnAndOurOwnValuesAreLeftAlone() {
    assertThat(CsvWriter.field(CsvCell.text("Flat 1-A"))).isEqualTo("Flat 1-A");
    assertThat(CsvWriter.field(CsvCell.text("ana@example.test"))).isEqualTo("ana@example.test");
    assertThat(CsvWriter.field(CsvCell.value("-2.50"))).isEqualTo("-2.50");
    assertThat(CsvWriter.field(CsvCell.value("+1"))).isEqualTo("+1");
    assertThat(CsvWriter.field(CsvCell.text(""))).isEmpty();
  }

  @Test
  void unicodeIsWrittenAsUtf8WithoutAByteOrderMark() {
    String text = "Zoë Ørsted, 東京 🏠";

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvWriter csv = new CsvWriter(bytes);
    csv.record(List.of(CsvCell.text(text)));
    csv.flush();

    assertThat(bytes.toByteArray())
        .isEqualTo(("\"" + text + "\"\r\n").getBytes(StandardCharsets.UTF_8));
  }

  @SafeVarargs
  private static String written(List<CsvCell>... records) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvWriter csv = new CsvWriter(bytes);
    for (List<CsvCell> record : records) {
      csv.record(record);
    }
    csv.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
