package rbs.output;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import rbs.InputException;
import rbs.Location;
import rbs.model.EarlierPublication;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.SliceOutcome;
import rbs.model.Status;
import rbs.model.Trend;
import rbs.model.Unit;

/**
 * The record of what a programme's published reports showed, kept beside the programme in {@code
 * publications/<programme id>/}: one file per publication, {@code 2014-T1.csv}, {@code 2014-T2.csv}
 * (a second, different publication of the same report {@code 2014-T2.2.csv}), each a copy of that
 * publication's results.csv. Every later publication of the programme reads them all and withholds
 * consistently with them.
 */
public final class PublicationRecords {

  /** The folder of the records, relative to the programme file's folder. */
  public static final String FOLDER = "publications";

  private static final Pattern NAME = Pattern.compile("(\\d{4}(?:-T[12])?)(?:\\.(\\d+))?\\.csv");

  private PublicationRecords() {}

  /** Where the programme's records are. */
  public static Path folder(Programme programme) {
    return programme.baseDir().resolve(FOLDER).resolve(programme.id());
  }

  /**
   * Every earlier publication of the programme, in the order they were made as far as the names
   * tell (by report period, then sequence).
   *
   * @throws InputException INVALID for a record that cannot be understood (file, line, column),
   *     UNAVAILABLE when the folder cannot be read
   */
  public static List<EarlierPublication> read(Programme programme) {
    Path dir = folder(programme);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.csv")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(dir.toString()), "cannot read the publication records", e);
    }
    files.sort(
        (a, b) -> {
          String[] x = sortKey(a);
          String[] y = sortKey(b);
          int c = x[0].compareTo(y[0]);
          return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        });
    List<EarlierPublication> out = new ArrayList<>();
    for (Path f : files) {
      out.add(readOne(programme, f));
    }
    return out;
  }

  /** [report period, sequence]; files not named by the tool sort last, by name. */
  private static String[] sortKey(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    if (m.matches()) {
      return new String[] {m.group(1), m.group(2) == null ? "1" : m.group(2)};
    }
    return new String[] {"~" + file.getFileName(), "1"};
  }

  private static EarlierPublication readOne(Programme programme, Path file) {
    String shown = file.toString();
    Map<String, Unit> units = new HashMap<>();
    programme.units().forEach(u -> units.put(u.name(), u));
    List<Outcome> outcomes = new ArrayList<>();
    List<SliceOutcome> slices = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
      if (!parser.getHeaderNames().containsAll(ResultsCsv.HEADER)) {
        throw InputException.invalid(
            Location.of(shown, 1, 1),
            "not a publication record: the header must be that of results.csv ("
                + String.join(",", ResultsCsv.HEADER)
                + ")");
      }
      boolean breakdowns = parser.getHeaderNames().containsAll(ResultsCsv.BREAKDOWN);
      for (CSVRecord rec : parser) {
        Optional<Indicator> indicator =
            programme.indicator(CsvCells.original(rec.get("indicator")));
        if (indicator.isEmpty()) {
          continue; // an indicator the programme no longer has relates to nothing it publishes
        }
        String breakdown = breakdowns ? CsvCells.original(rec.get("breakdown")) : "";
        if (breakdown.isEmpty()) {
          outcomes.add(outcome(rec, units, shown));
          continue;
        }
        String category = CsvCells.original(rec.get("category"));
        // a breakdown or category the indicator no longer has relates to nothing it publishes
        indicator.get().slices().stream()
            .filter(x -> x.breakdown().id().equals(breakdown) && x.code().equals(category))
            .findFirst()
            .ifPresent(x -> slices.add(new SliceOutcome(x, outcome(rec, units, shown))));
      }
    } catch (IOException e) {
      throw InputException.unavailable(Location.of(shown), "cannot read the publication record", e);
    } catch (java.io.UncheckedIOException e) {
      throw InputException.invalid(
          Location.of(shown), "not a readable CSV file: " + e.getCause().getMessage());
    }
    String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
    return new EarlierPublication(name, outcomes, slices);
  }

  private static Outcome outcome(CSVRecord rec, Map<String, Unit> units, String file) {
    long line = rec.getParser().getCurrentLineNumber();
    Unit unit = units.get(CsvCells.original(rec.get("district")));
    if (unit == null) {
      throw invalid(
          file,
          line,
          "district",
          "the record names a unit the programme does not have: \""
              + rec.get("district")
              + "\" (a renamed district must be renamed in the record too, or later publications"
              + " cannot be kept consistent with this one)");
    }
    Period period;
    try {
      PeriodKind kind =
          Arrays.stream(PeriodKind.values())
              .filter(k -> k.key().equals(rec.get("period")))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("unknown period kind"));
      period = new Period(kind, LocalDate.parse(rec.get("from")), LocalDate.parse(rec.get("to")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw invalid(file, line, "period", "not a period of results.csv: " + e.getMessage());
    }
    Flag flag =
        Arrays.stream(Flag.values())
            .filter(f -> f.symbol().equals(rec.get("flag")))
            .findFirst()
            .orElseThrow(
                () ->
                    invalid(file, line, "flag", "the flag must be empty, \"-\", \"..\" or \".\""));
    return new Outcome(
        CsvCells.original(rec.get("indicator")),
        unit,
        period,
        number(rec, "value", file, line),
        number(rec, "numerator", file, line),
        number(rec, "denominator", file, line),
        Optional.empty(),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        flag,
        false);
  }

  private static Optional<BigDecimal> number(CSVRecord rec, String column, String file, long line) {
    String text = rec.get(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw invalid(file, line, column, "not a number");
    }
  }

  private static InputException invalid(String file, long line, String column, String message) {
    int col = ResultsCsv.HEADER.indexOf(column) + 1;
    return InputException.invalid(Location.of(file, (int) line, col), column + ": " + message);
  }

  /**
   * Records a publication: copies its results.csv into the programme's records, unless a record of
   * the same report already holds exactly these bytes (a rerun). A different publication of the
   * same report gets the next sequence number, so neither is lost.
   *
   * @return the record file
   * @throws InputException UNAVAILABLE when it cannot be written
   */
  public static Path record(Programme programme, ReportPeriod period, Path resultsCsv) {
    Path dir = folder(programme);
    try {
      Files.createDirectories(dir);
      byte[] bytes = Files.readAllBytes(resultsCsv);
      Path target = dir.resolve(period + ".csv");
      for (int seq = 2; Files.exists(target); seq++) {
        if (Arrays.equals(Files.readAllBytes(target), bytes)) {
          return target;
        }
        target = dir.resolve(period + "." + seq + ".csv");
      }
      Path tmp = Files.createTempFile(dir, ".record-", ".tmp");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return target;
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(dir.toString()), "cannot record the publication", e);
    }
  }
}
