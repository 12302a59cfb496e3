package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.model.ColumnType;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.Source;
import rbs.rows.Reject;
import rbs.rows.Row;

class CsvReadingTest {

  @TempDir Path dir;

  private Fixtures.Collected read(String name, String text, java.nio.charset.Charset cs)
      throws IOException {
    Fixtures.write(dir, "data/" + name, text, cs);
    Source source = Fixtures.source("data/*.csv");
    return Fixtures.Collected.feed(Fixtures.programme(dir, source), source);
  }

  @Test
  void readsWindows1252SemicolonCsvWithDecimalComma() throws IOException {
    Fixtures.Collected c =
        read(
            "a.csv",
            """
            Stadsdel;Personnummer;Datum;Antal;Belopp;Svar;Notering\r
            Östermalm;121212-1212;2013-04-05;3;1 234,50;Ja;Väntar på svar €\r
            """,
            Encodings.WINDOWS_1252);
    assertThat(c.rejects).isEmpty();
    assertThat(c.rows).hasSize(1);
    Row row = c.rows.get(0);
    assertThat(row.district()).isEqualTo(1);
    assertThat(row.date()).isEqualTo(LocalDate.of(2013, 4, 5));
    assertThat(row.get(3)).isEqualTo(3L);
    assertThat(row.get(4)).isEqualTo(new BigDecimal("1234.50"));
    assertThat(row.get(5)).isEqualTo(true);
    assertThat(row.get(6)).isEqualTo("Väntar på svar €");
    assertThat(row.has(1)).isFalse();
    assertThat(row.hasPerson()).isTrue();
  }

  @Test
  void readsUtf8WithBomAndCommaDelimiter() throws IOException {
    Fixtures.Collected c =
        read(
            "a.csv",
            """
            \ufeffStadsdel,Personnummer,Datum,Notering
            Enskede-Årsta-Vantör,8112189876,20130102,"Åter, igen"
            """,
            UTF_8);
    assertThat(c.rejects).isEmpty();
    assertThat(c.rows.get(0).district()).isEqualTo(2);
    assertThat(c.rows.get(0).get(6)).isEqualTo("Åter, igen");
    assertThat(c.rows.get(0).date()).isEqualTo(LocalDate.of(2013, 1, 2));
  }

  @Test
  void readsUtf8WithoutBomAndTabDelimiterAndQuotedNewlines() throws IOException {
    Fixtures.Collected c =
        read(
            "a.csv",
            """
            Stadsdel\tPnr\tDatum\tNotering
            Bromma\t121212-1212\t2013-01-02T10:15:00\t"rad ett
            rad två"
            ostermalm\t121212-1212\t2013-01-03 08:00\tx
            """,
            UTF_8);
    assertThat(c.rejects).isEmpty();
    assertThat(c.rows).hasSize(2);
    assertThat(c.rows.get(0).get(6)).isEqualTo("rad ett\nrad två");
    assertThat(c.rows.get(1).district()).isEqualTo(1);
    assertThat(c.rows.get(0).person()).isEqualTo(c.rows.get(1).person());
  }

  @Test
  void honoursDeclaredEncodingAndDelimiter() throws IOException {
    Fixtures.write(
        dir,
        "data/a.csv",
        "Stadsdel|Personnummer|Datum\nBromma|121212-1212|2013-01-02\n",
        Encodings.WINDOWS_1252);
    Source source =
        Fixtures.source(
            "data/a.csv",
            Fixtures.columns(),
            Optional.empty(),
            Optional.of("windows-1252"),
            Optional.of('|'),
            false);
    Fixtures.Collected c = Fixtures.Collected.feed(Fixtures.programme(dir, source), source);
    assertThat(c.rows).hasSize(1);
  }

  @Test
  void anEmptyDistrictIsARowForTheWholeOnlyWhenTheColumnIsDeclaredNotRequired() throws IOException {
    String text =
        "Stadsdel;Personnummer;Datum\nBromma;121212-1212;2013-01-02\n;121212-1212;2013-01-03\n";
    Fixtures.write(dir, "data/a.csv", text, UTF_8);
    List<rbs.model.Column> optional = new java.util.ArrayList<>(Fixtures.columns());
    optional.set(0, Fixtures.column("stadsdel", ColumnType.DISTRICT, false, "Stadsdel"));
    Source lenient =
        Fixtures.source(
            "data/a.csv", optional, Optional.empty(), Optional.empty(), Optional.empty(), false);

    Fixtures.Collected c = Fixtures.Collected.feed(Fixtures.programme(dir, lenient), lenient);

    assertThat(c.rejects).isEmpty();
    assertThat(c.rows).extracting(Row::district).containsExactly(0, Row.NO_DISTRICT);
    Source strict = Fixtures.source("data/a.csv");
    Fixtures.Collected d = Fixtures.Collected.feed(Fixtures.programme(dir, strict), strict);
    assertThat(d.rejects)
        .extracting(Reject::row, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "empty value in a required column"));
  }

  @Test
  void rejectsCarryThePhysicalLineOfTheRecordAndTheHeaderAsWritten() throws IOException {
    Fixtures.Collected c =
        read(
            "a.csv",
            """
            STADSDEL ; personnummer;Datum;Antal
            Bromma;121212-1212;2013-01-02;"1
            2"

            Vasastan;121212-1212;2013-01-02;1
            Bromma;121212-1213;2013-01-02;1
            Bromma;121212-1212;;1
            Bromma;121212-1212;2013-01-02;tre
            """,
            UTF_8);
    assertThat(c.rejects)
        .extracting(Reject::row, Reject::column, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "Antal", "not a number: '1\n2'"),
            org.assertj.core.groups.Tuple.tuple(
                5L,
                "STADSDEL",
                "unknown district: 'Vasastan' (add the spelling as an alias in the programme)"),
            org.assertj.core.groups.Tuple.tuple(
                6L, "personnummer", "not a valid personnummer or samordningsnummer (check digit)"),
            org.assertj.core.groups.Tuple.tuple(7L, "Datum", "empty value in a required column"),
            org.assertj.core.groups.Tuple.tuple(8L, "Antal", "not a number: 'tre'"));
    assertThat(c.rejects).allSatisfy(r -> assertThat(r.reason()).doesNotContain("1212"));
    assertThat(c.files)
        .containsExactly(new InputFile("insatser", "data/a.csv", c.files.get(0).sha256(), 5, 0, 5));
    assertThat(c.files.get(0).sha256()).hasSize(64);
  }

  @Test
  void missingRequiredHeaderNamesFileRowAndExpectedNames() throws IOException {
    Fixtures.write(dir, "data/a.csv", "Stadsdel;Pnr;Antal\nBromma;121212-1212;1\n", UTF_8);
    Source source = Fixtures.source("data/*.csv");
    Programme programme = Fixtures.programme(dir, source);
    assertThatThrownBy(
            () -> new SourceReader(programme, Fixtures.KEY).feed(source, r -> {}, r -> {}))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data/a.csv:1: column 'datum' is missing from header row 1: expected one of Datum,"
                + " datum; the row has Stadsdel, Pnr, Antal (rows 1 to 50 searched for the"
                + " header)");
    assertThat(new SourceReader(programme, Fixtures.KEY).checkHeaders(source))
        .extracting(Object::toString)
        .containsExactly(
            "data/a.csv:1: column 'datum' is missing from header row 1: expected one of Datum,"
                + " datum; the row has Stadsdel, Pnr, Antal (rows 1 to 50 searched for the"
                + " header)");
  }

  @Test
  void aMissingHeaderLineIsOneProblemThatShowsTheRowMaskedAndBounded() throws IOException {
    // no header line: the first data row is taken for it, with a personnummer and a huge cell
    Fixtures.write(
        dir,
        "data/a.csv",
        "Bromma;19400207-9004;2013-04-05;" + "x".repeat(500_000) + "\nBromma;1;2\n",
        UTF_8);
    Source source = Fixtures.source("data/*.csv");
    Programme programme = Fixtures.programme(dir, source);

    assertThat(new SourceReader(programme, Fixtures.KEY).checkHeaders(source))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.toString())
                    .isEqualTo(
                        "data/a.csv:1: columns 'stadsdel', 'person', 'datum' are missing from"
                            + " header row 1: expected Stadsdel, Personnummer, Datum; the row has"
                            + " Bromma, ********-****, 2013-04-05, "
                            + "x".repeat(39)
                            + "… (no declared column at all: is the header row missing?) (rows 1"
                            + " to 50 searched for the header)"));
  }

  @Test
  void aHeaderOccurringTwiceIsAnErrorNamingBothColumns() throws IOException {
    Fixtures.write(
        dir,
        "data/a.csv",
        "Stadsdel;Personnummer;Datum;Antal;Svar;Datum\nBromma;121212-1212;2013-04-05;1;ja;x\n",
        UTF_8);
    Source source = Fixtures.source("data/*.csv");
    Programme programme = Fixtures.programme(dir, source);

    assertThatThrownBy(
            () -> new SourceReader(programme, Fixtures.KEY).feed(source, r -> {}, r -> {}))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data/a.csv:1: column 3 and column 6 of header row 1 are both 'Datum' (column"
                + " 'datum'): rename or remove one, rbs cannot tell which to read");
  }

  @Test
  void aRecordLongerThanTheBoundStopsAtItsLine() throws IOException {
    // an unclosed quote on line 3 swallows the rest of a 3 MB file into one field
    StringBuilder text = new StringBuilder("Stadsdel;Personnummer;Datum\n");
    text.append("Bromma;121212-1212;2013-04-05\n");
    text.append("Bromma;\"121212-1212;2013-04-05\n");
    for (int i = 0; i < 100_000; i++) {
      text.append("Bromma;121212-1212;2013-04-05\n");
    }

    assertThatThrownBy(() -> read("a.csv", text.toString(), UTF_8))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
        .hasMessage(
            "data/a.csv:3: a record longer than 1,048,576 characters starts here (a quote not"
                + " closed, or no CSV extract?)");
  }

  @Test
  void aHeaderLineLongerThanTheBoundIsNoOutOfMemory() throws IOException {
    Fixtures.write(dir, "data/a.csv", "Stadsdel;" + "y".repeat(3_000_000) + "\n", UTF_8);
    Source source = Fixtures.source("data/*.csv");

    assertThatThrownBy(
            () ->
                new SourceReader(Fixtures.programme(dir, source), Fixtures.KEY)
                    .feed(source, r -> {}, r -> {}))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data/a.csv:1: a record longer than 1,048,576 characters starts here (a quote not"
                + " closed, or no CSV extract?)");
  }

  @Test
  void missingFilesAreUnavailableUnlessOptional() {
    Source source = Fixtures.source("data/*.csv");
    Programme programme = Fixtures.programme(dir, source);
    assertThatThrownBy(
            () -> new SourceReader(programme, Fixtures.KEY).feed(source, r -> {}, r -> {}))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InputException.Kind.UNAVAILABLE);
              assertThat(e.getMessage()).contains("no file matches 'data/*.csv'");
            });
    Source optional =
        Fixtures.source(
            "data/*.csv",
            Fixtures.columns(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true);
    assertThat(new SourceReader(programme, Fixtures.KEY).feed(optional, r -> {}, r -> {}))
        .isEmpty();
  }

  @Test
  void readsEveryMatchingFileInPathOrder() throws IOException {
    Fixtures.write(
        dir, "data/b/x.csv", "Stadsdel;Pnr;Datum\nBromma;121212-1212;2013-01-02\n", UTF_8);
    Fixtures.write(
        dir, "data/a/x.csv", "Stadsdel;Pnr;Datum\nBromma;121212-1212;2013-01-02\n", UTF_8);
    Fixtures.write(dir, "data/a/x.txt", "ignored", UTF_8);
    Source source = Fixtures.source("data/*/*.csv");
    Fixtures.Collected c = Fixtures.Collected.feed(Fixtures.programme(dir, source), source);
    assertThat(c.files).extracting(InputFile::path).containsExactly("data/a/x.csv", "data/b/x.csv");
  }

  @Test
  void csvThatIsReallyAWorkbookIsNamed() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.write(dir.resolve("data/a.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    Source source = Fixtures.source("data/*.csv");
    Programme programme = Fixtures.programme(dir, source);
    assertThatThrownBy(
            () -> new SourceReader(programme, Fixtures.KEY).feed(source, r -> {}, r -> {}))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
        .hasMessage(
            "data/a.csv: is an xlsx workbook (a zip archive), not CSV text: give it the .xlsx"
                + " extension or declare format: xlsx");
  }
}
