package rbs.samples.attack;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A results.csv read by its column names (indicator, district, period, from, to, value, numerator,
 * denominator, flag, and breakdown and category where present); the other columns are not needed by
 * the attack. A breakdown category's row is read as a number of its own, named {@code
 * indicator|breakdown=category} (see {@link #CATEGORY}).
 */
record ResultsTable(String name, List<ResultRow> rows) {

  /** Between an indicator's id and its breakdown category in the name of a category's cell. */
  static final String CATEGORY = "|";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  ResultsTable {
    Objects.requireNonNull(name, "name");
    rows = List.copyOf(rows);
  }

  static ResultsTable read(String name, Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(name, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResultsTable parse(String name, String csv) {
    try {
      return parse(name, new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResultsTable parse(String name, Reader csv) throws IOException {
    List<ResultRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
      boolean breakdowns = parser.getHeaderNames().contains("breakdown");
      for (CSVRecord r : parser) {
        String indicator = r.get("indicator");
        if (breakdowns && !r.get("breakdown").isEmpty()) {
          indicator += CATEGORY + r.get("breakdown") + "=" + r.get("category");
        }
        rows.add(
            new ResultRow(
                indicator,
                r.get("district"),
                r.get("period"),
                Span.parse(r.get("from"), r.get("to")),
                number(r.get("value")),
                number(r.get("numerator")),
                number(r.get("denominator")),
                r.get("flag")));
      }
    }
    return new ResultsTable(name, rows);
  }

  private static OptionalDouble number(String text) {
    return text.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
  }
}
