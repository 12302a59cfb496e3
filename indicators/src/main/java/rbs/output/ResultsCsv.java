package rbs.output;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rbs.InputException;
import rbs.Location;
import rbs.model.Breakdown;
import rbs.model.Outcome;
import rbs.model.Results;
import rbs.model.Slice;

/**
 * Writes results.csv: one row per indicator × unit × period, UTF-8, comma-separated, values
 * unrounded with a decimal point, sorted by indicator (declaration order), unit, period.
 */
public final class ResultsCsv {

  /**
   * The columns every results.csv has had, in order: what a publication record must hold (records
   * written before {@link #TREND_WITHOUT} was added still read).
   */
  public static final List<String> HEADER =
      List.of(
          "indicator",
          "district",
          "period",
          "from",
          "to",
          "value",
          "numerator",
          "denominator",
          "target",
          "status",
          "trend",
          "flag",
          "incomplete");

  /**
   * The last column: the districts (separated by ";") left out of the municipality's trend when it
   * compares only the districts that delivered every month of both years; empty when the trend
   * compares the whole.
   */
  public static final String TREND_WITHOUT = "trend_without";

  /**
   * After {@link #TREND_WITHOUT}: the breakdown (its id, e.g. {@code kon}) and the category (its
   * code: {@code kvinna}, {@code 18-24}, {@code okand}) of a breakdown row; both empty for the
   * indicator's own number. A breakdown row has no target and no forecast.
   */
  public static final List<String> BREAKDOWN = List.of("breakdown", "category");

  private ResultsCsv() {}

  /**
   * Writes the results as CSV to {@code file}.
   *
   * @throws InputException UNAVAILABLE when the file cannot be written
   */
  public static void write(Results results, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(HEADER);
      header.add(TREND_WITHOUT);
      header.addAll(BREAKDOWN);
      CsvLines.record(w, header.toArray(String[]::new));
      for (Row row : sorted(results)) {
        Outcome o = row.outcome();
        CsvLines.record(
            w,
            CsvCells.text(o.indicatorId()),
            CsvCells.text(o.unit().name()),
            o.period().kind().key(),
            o.period().from().toString(),
            o.period().to().toString(),
            number(o.value()),
            number(o.numerator()),
            number(o.denominator()),
            number(o.target()),
            o.status().key(),
            o.trend().key(),
            o.flag().symbol(),
            Boolean.toString(o.incomplete()),
            CsvCells.text(String.join(";", o.trendWithout())),
            row.slice().map(x -> CsvCells.text(x.breakdown().id())).orElse(""),
            row.slice().map(x -> CsvCells.text(x.code())).orElse(""));
      }
    } catch (IOException e) {
      throw InputException.unavailable(Location.of(file.toString()), "cannot write results", e);
    }
  }

  private static String number(Optional<BigDecimal> n) {
    return n.map(BigDecimal::toPlainString).orElse("");
  }

  /** The position of a slice's breakdown among its indicator's breakdowns. */
  private static int declared(Results results, Slice slice) {
    return results
        .programme()
        .indicators()
        .filter(i -> i.breakdowns().contains(slice.breakdown()))
        .findFirst()
        .map(i -> i.breakdowns().indexOf(slice.breakdown()))
        .orElse(Integer.MAX_VALUE);
  }

  /** One line: an indicator's own outcome, or a breakdown category's. */
  private record Row(Optional<Slice> slice, Outcome outcome) {}

  /**
   * A row with what it is sorted by before its unit and period, worked out once: the indicator's
   * place in the programme, its id, whether it is a breakdown category's, the breakdown's place
   * among the indicator's breakdowns, the category's.
   */
  private record Keyed(
      Row row, int indicator, String id, boolean slice, int declared, int category) {}

  /**
   * Indicator declaration order; its own outcomes first, then each breakdown's categories in
   * declared order; then unit, then period; stable for equal keys.
   */
  private static List<Row> sorted(Results results) {
    Map<String, Integer> order = new HashMap<>();
    results.programme().indicators().forEach(i -> order.putIfAbsent(i.id(), order.size()));
    // by the breakdown's identity: its place is looked up once per breakdown, not per comparison
    IdentityHashMap<Breakdown, Integer> declared = new IdentityHashMap<>();
    List<Keyed> keyed = new ArrayList<>();
    for (Outcome o : results.outcomes()) {
      keyed.add(key(new Row(Optional.empty(), o), order, -1, -1));
    }
    for (var b : results.breakdowns()) {
      Slice s = b.slice();
      int at = declared.computeIfAbsent(s.breakdown(), x -> declared(results, s));
      keyed.add(key(new Row(Optional.of(s), b.outcome()), order, at, s.category()));
    }
    keyed.sort(
        Comparator.comparingInt(Keyed::indicator)
            .thenComparing(Keyed::id)
            .thenComparing(Keyed::slice)
            .thenComparingInt(Keyed::declared)
            .thenComparingInt(Keyed::category)
            .thenComparing(k -> k.row().outcome().unit())
            .thenComparing(k -> k.row().outcome().period()));
    List<Row> out = new ArrayList<>(keyed.size());
    keyed.forEach(k -> out.add(k.row()));
    return out;
  }

  private static Keyed key(Row row, Map<String, Integer> order, int declared, int category) {
    String id = row.outcome().indicatorId();
    return new Keyed(
        row,
        order.getOrDefault(id, Integer.MAX_VALUE),
        id,
        row.slice().isPresent(),
        declared,
        category);
  }
}
