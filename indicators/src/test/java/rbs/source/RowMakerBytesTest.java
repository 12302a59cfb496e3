package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import rbs.model.Programme;
import rbs.model.Source;
import rbs.rows.Row;

/**
 * Rows made from a text read as bytes (dates, personnummer, districts and yes/no read from the
 * bytes) are the rows made from its Strings: the same values, pseudonyms, derived columns and
 * rejects with the same reasons, for the usual shapes and for every near miss of them.
 */
class RowMakerBytesTest {

  private static final String HEADER = "Stadsdel;Personnummer;Datum;Antal;Belopp;Svar;Notering\n";

  @Property(tries = 400)
  void makesTheSameRowsFromBytesAsFromStrings(@ForAll("extracts") String text) throws IOException {
    Path dir = Files.createTempDirectory("rbs-rowmaker");
    try {
      Path file = dir.resolve("a.csv");
      Files.writeString(file, text, UTF_8);
      Source source = Fixtures.source("*.csv");
      Programme programme = Fixtures.programme(dir, source);
      List<String> bytes = rows(programme, source, file, true);
      assertThat(bytes).isEqualTo(rows(programme, source, file, false));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<String> extracts() {
    Arbitrary<String> district =
        Arbitraries.of(
            "Bromma",
            "bromma",
            " Bromma",
            "Östermalm",
            "Ostermalm",
            "EÅV",
            "Skarpnäck",
            "",
            " ",
            "Bromma stadsdelsförvaltning",
            "\"Bromma\"");
    Arbitrary<String> person =
        Arbitraries.of(
            "19121212-1212",
            "121212-1212",
            "1212121212",
            "191212121212",
            "19121212-1213",
            "121212+1212",
            " 19121212-1212 ",
            "19121272-1218",
            "19121312-1212",
            "20000229-1238",
            "19000229-1234",
            "1912121212",
            "abc",
            "",
            "１２１２１２-１２１２",
            "19121212–1212",
            "\"121212-1212\"",
            "19121212-121");
    Arbitrary<String> date =
        Arbitraries.of(
            "2014-01-02",
            "2014-02-29",
            "2012-02-29",
            "2014-13-01",
            "2014-00-10",
            "2014-1-02",
            " 2014-01-02",
            "20140102",
            "2014-01-02 10:00",
            "2014-01-02T10:00:00",
            "2014/01/02",
            "",
            "x",
            "0000-01-01",
            "9999-12-31",
            "２０１４-01-02");
    Arbitrary<String> number = Arbitraries.of("", "1", "1,5", "-2", "x", " 3 ");
    Arbitrary<String> yesNo =
        Arbitraries.of(
            "ja", "JA", "Nej", "j", "N", "1", "0", "true", "False", "sant", "FALSKT", " ja ", "x",
            "", "jaa", "nej!", "tru", "yes");
    Arbitrary<String> note =
        Arbitraries.of(
            "",
            "a",
            " b ",
            "å",
            "\"c;d\"",
            "\u00a0",
            "a b",
            "x\t",
            "\ty",
            "b ",
            " c",
            "1é",
            "é1",
            "\u007fz\u007f",
            "a\u2003",
            "~");
    Arbitrary<String> row =
        Combinators.combine(
                List.of(district, person, date, number, number, yesNo, note.map(n -> n)))
            .as(cells -> String.join(";", cells));
    return row.list().ofMinSize(1).ofMaxSize(30).map(rows -> HEADER + String.join("\n", rows));
  }

  /** The rows and rejects a RowMaker makes of the file, read as bytes or as characters. */
  private static List<String> rows(Programme programme, Source source, Path file, boolean bytes)
      throws IOException {
    List<String> seen = new ArrayList<>();
    try (TextTable table =
        bytes
            ? ByteCsvTable.open(file, "a.csv", UTF_8, true, ';', new Digest()).orElseThrow()
            : CsvTable.open(file, "a.csv", UTF_8, true, ';', new Digest())) {
      Headers headers =
          Headers.match(source, table.header(Headers.scan(source)), "a.csv", table::columnLabel);
      RowMaker maker =
          new RowMaker(
              source,
              "a.csv",
              headers,
              new DistrictNames(programme.districts()),
              true,
              new PersonIds(Fixtures.KEY));
      while (table.next()) {
        maker.make(
            table,
            false,
            (Row r) ->
                seen.add(
                    "row "
                        + r.line()
                        + " "
                        + r.district()
                        + " "
                        + r.date()
                        + " "
                        + r.person()
                        + " "
                        + values(r)),
            reject -> seen.add("reject " + reject));
      }
    }
    return seen;
  }

  private static String values(Row r) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < Fixtures.columns().size(); i++) {
      Optional<Object> v = r.has(i) ? Optional.of(r.get(i)) : Optional.empty();
      values.add(v.map(o -> o.getClass().getSimpleName() + ":" + o).orElse("-"));
    }
    return Arrays.toString(values.toArray());
  }
}
