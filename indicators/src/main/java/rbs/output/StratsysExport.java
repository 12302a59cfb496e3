package rbs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.StratsysCodes;

/**
 * The published figures in the layout of Stratsys's integration import ("source system and external
 * codes"): one line per value, tab-separated, no header line:
 *
 * <pre>date  unit code  measure code  column code  value</pre>
 *
 * The date is the period's last day (ISO 8601): it lies in the period's last month, so a monthly
 * measure takes it for that month, a quarterly or yearly one for the quarter or year it ends in.
 * Only the report year's periods that the programme maps, of units it maps, are written; a withheld
 * value ({@code ..}) and a missing one ({@code -}) are left out (and counted in the manifest).
 * Values are rounded to the indicator's decimals, as the workbooks show them, with the programme's
 * decimal separator (a comma by default: Stratsys is used in Swedish). UTF-8 without a byte-order
 * mark (a mark would become part of the first date), CRLF line ends.
 */
public final class StratsysExport {

  private StratsysExport() {}

  /** The file name: {@code stratsys-<programme>-<period>.txt}. */
  public static String fileName(Results results) {
    return "stratsys-" + results.programme().id() + "-" + results.period() + ".txt";
  }

  /** What an export wrote and left out. */
  public record Summary(String file, long lines, long withheld, long missing) {}

  /** The lines of the export (without line ends) and what was left out. */
  record Export(List<String> lines, long withheld, long missing) {}

  /**
   * Writes the export of published results.
   *
   * @throws IllegalArgumentException when the results are not published or the programme has no
   *     Stratsys codes (the command checks both first)
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Summary write(Results results, Path file) {
    Export export = export(results);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : export.lines()) {
        w.write(line);
        w.write("\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return summary(results, export);
  }

  /** What {@link #write} writes, without writing it (for the manifest of a dry run or a test). */
  public static Summary summary(Results results) {
    return summary(results, export(results));
  }

  private static Summary summary(Results results, Export export) {
    return new Summary(
        fileName(results), export.lines().size(), export.withheld(), export.missing());
  }

  static Export export(Results results) {
    if (!results.publication().published()) {
      throw new IllegalArgumentException("only published results are exported");
    }
    Programme programme = results.programme();
    StratsysCodes codes =
        programme
            .stratsys()
            .orElseThrow(() -> new IllegalArgumentException("the programme has no Stratsys codes"));
    ReportPeriod report = results.period();
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome o : results.outcomes()) {
      boolean inReport =
          o.period().kind() != PeriodKind.FORECAST
              && o.period().year() == report.year()
              && !o.period().to().isAfter(report.to());
      if (inReport && code(codes, o).isPresent() && codes.units().containsKey(o.unit().name())) {
        outcomes.add(o);
      }
    }
    List<String> ids = programme.indicators().map(Indicator::id).toList();
    outcomes.sort(
        Comparator.<Outcome>comparingInt(o -> ids.indexOf(o.indicatorId()))
            .thenComparing(Outcome::unit)
            .thenComparing(Outcome::period));
    List<String> lines = new ArrayList<>();
    long withheld = 0;
    long missing = 0;
    for (Outcome o : outcomes) {
      if (o.flag() == Flag.WITHHELD) {
        withheld++;
        continue;
      }
      if (o.value().isEmpty()) {
        missing++;
        continue;
      }
      Indicator indicator = programme.indicator(o.indicatorId()).orElseThrow();
      lines.add(
          String.join(
              "\t",
              o.period().to().toString(),
              codes.units().get(o.unit().name()),
              code(codes, o).orElseThrow(),
              codes.column(),
              value(o.value().get(), indicator.decimals(), codes.decimal())));
    }
    return new Export(lines, withheld, missing);
  }

  private static Optional<String> code(StratsysCodes codes, Outcome o) {
    Map<PeriodKind, String> byLevel = codes.measures().get(o.indicatorId());
    return byLevel == null ? Optional.empty() : Optional.ofNullable(byLevel.get(o.period().kind()));
  }

  /** Rounded half up to the decimals, plain, with the separator: "56,3", "1300", "-2". */
  static String value(BigDecimal value, int decimals, char separator) {
    String plain = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return separator == '.' ? plain : plain.replace('.', separator);
  }
}
