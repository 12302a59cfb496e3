package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.model.FileFormat;

/**
 * The extracts' CSV parser (FastCSV) reads text exactly as the reader did with Commons CSV, which
 * stays in the project for writing and serves here as the oracle: the same records with the same
 * starting lines, and a failure where Commons CSV fails (a quote never closed, a character between
 * a closing quote and the delimiter). Two differences are meant: a line break inside a quoted value
 * is read as LF, and whitespace after a closing quote is an error.
 */
class CsvParsingTest {

  private static final CSVFormat COMMONS =
      CSVFormat.Builder.create()
          .setDelimiter(';')
          .setQuote('"')
          .setIgnoreEmptyLines(false)
          .setTrim(false)
          .get();

  @TempDir Path dir;

  /** A record as a reader sees it: the line it starts on and its cells. */
  record Seen(long line, List<String> cells) {}

  @Property(tries = 3000)
  void readsEveryTextAsCommonsCsvDid(@ForAll("texts") String text) throws IOException {
    Optional<List<Seen>> expected = commons(text);
    // (jqwik does not fill JUnit's @TempDir)
    Path file = Files.createTempFile("rbs-csv", ".csv");
    try {
      Files.writeString(file, text, UTF_8);
      if (expected.isPresent()) {
        assertThat(ours(file)).as("records of %s", shown(text)).isEqualTo(expected.get());
      } else {
        assertThatThrownBy(() -> ours(file))
            .as("a failure for %s", shown(text))
            .isInstanceOfSatisfying(
                InputException.class,
                e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
            .hasMessageContaining("broken CSV");
      }
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    // few letters, many of the characters CSV gives meaning to; whitespace only between letters
    // (Commons CSV dropped whitespace after a closing quote, which is now an error: see below)
    Arbitrary<String> pieces =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of("a", "bö", "12", "a b", "c\td")),
            Tuple.of(4, Arbitraries.just(";")),
            Tuple.of(3, Arbitraries.just("\"")),
            Tuple.of(1, Arbitraries.just("\"\"")),
            Tuple.of(2, Arbitraries.just("\n")),
            Tuple.of(1, Arbitraries.of("\r\n", "\r", ",")));
    return pieces.list().ofMaxSize(40).map(p -> String.join("", p));
  }

  @Test
  void aQuoteNeverClosedIsAFailureAtTheLineItsRecordStarts() throws IOException {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "a;b\n1;2\n3;\"x\ny\n", UTF_8);
    assertThatThrownBy(() -> ours(file))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith(
            ":3: broken CSV (a quote not closed or misplaced?): a quoted value that starts in the"
                + " record on this line is not closed before the end of the file");
    // closed at the very end, without a line break: no failure
    Files.writeString(file, "a;b\n1;2\n3;\"x\ny\"", UTF_8);
    assertThat(ours(file))
        .containsExactly(
            new Seen(1, List.of("a", "b")),
            new Seen(2, List.of("1", "2")),
            new Seen(3, List.of("3", "x\ny")));
  }

  @Test
  void aQuotedValueEndingInCarriageReturnKeepsItsRecordWhole() throws IOException {
    // FastCSV 4.1 alone joins "c;d" to the record of line 2 and loses "x"
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "a;b\n1;\"x\r\"\nc;d\ne;\"y\r\n\"\r\nf;g\r", UTF_8);
    assertThat(ours(file))
        .containsExactly(
            new Seen(1, List.of("a", "b")),
            new Seen(2, List.of("1", "x\n")),
            new Seen(4, List.of("c", "d")),
            new Seen(5, List.of("e", "y\n")),
            new Seen(7, List.of("f", "g")));
  }

  @Test
  void aFullHeapOrABugWhileParsingIsNotBrokenCsv() {
    // FastCSV wraps anything thrown while it parses; seen on a 10-million-row sample at 256 MB,
    // reported as "broken CSV ...: Java heap space" with exit 3 instead of out of memory
    assertThatThrownBy(
            () ->
                CsvTable.notTheTexts(
                    new CsvParseException("reading", new OutOfMemoryError("Java heap space"))))
        .isInstanceOf(OutOfMemoryError.class);
    assertThatThrownBy(
            () ->
                CsvTable.notTheTexts(
                    new CsvParseException("reading", new IllegalStateException("a bug"))))
        .isInstanceOf(IllegalStateException.class);
    CsvParseException text =
        new CsvParseException("reading", new CsvParseException("Unexpected character"));
    assertThat(CsvTable.notTheTexts(text)).isSameAs(text);
    UncheckedIOException io = new UncheckedIOException(new IOException("disk"));
    assertThat(CsvTable.notTheTexts(io)).isSameAs(io);
  }

  @Test
  void blankLinesAndLinesOfEmptyCellsAreSkippedButCounted() throws IOException {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "a;b\r\n\r\n  ;\t\r\n;\r\n\" \";x\r\n", UTF_8);
    assertThat(ours(file))
        .containsExactly(new Seen(1, List.of("a", "b")), new Seen(5, List.of(" ", "x")));
  }

  @Test
  void whitespaceAfterAClosingQuoteIsAFailureAtItsLine() throws IOException {
    // Commons CSV dropped it; FastCSV, like RFC 4180, does not know where the value ends
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "a;b\n1;2\n\"Bromma\" ;2\n", UTF_8);
    assertThatThrownBy(() -> ours(file))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith(
            ":3: broken CSV (a quote not closed or misplaced?) in the record that starts here:"
                + " Unexpected character after closing quote: ' ' (0x20)");
  }

  private static List<Seen> ours(Path file) throws IOException {
    List<Seen> seen = new ArrayList<>();
    try (CsvTable table =
        CsvTable.open(
            file,
            "data/a.csv",
            new FileFormat.Csv(Optional.of("UTF-8"), Optional.of(';')),
            new HeaderSearch.Scan(cells -> 0, 1, 1),
            new Digest())) {
      while (table.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; table.cell(i) != null; i++) {
          cells.add((String) table.cell(i));
        }
        seen.add(new Seen(table.rowNumber(), cells));
      }
    }
    return seen;
  }

  /** Commons CSV's records without the blank ones, or empty where it fails. */
  private static Optional<List<Seen>> commons(String text) throws IOException {
    List<Seen> seen = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), COMMONS)) {
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!parser.iterator().hasNext()) {
            return Optional.of(seen);
          }
          record = parser.iterator().next();
        } catch (UncheckedIOException | IllegalStateException e) {
          return Optional.empty();
        }
        if (record.stream().anyMatch(v -> !v.isBlank())) {
          // line breaks in quoted values are read as LF
          seen.add(
              new Seen(
                  line,
                  record.stream().map(v -> v.replace("\r\n", "\n").replace('\r', '\n')).toList()));
        }
      }
    }
  }

  private static String shown(String text) {
    return "'" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
  }
}
