package rbs.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Unit;

/**
 * The baseline (utgångsläge) of an indicator beside its outcome, and the change since: a small
 * table under the indicator's periods, and two columns of the city workbook's districts table.
 *
 * <p>The baseline is a whole year, so it is compared with a year's worth: the report's main period
 * for a share, a rate or a level, and for a flow (a count that grows over the year) in a tertial or
 * monthly report the full-year forecast. The change is worked out from the values as shown
 * (rounded), so it agrees with them; for a share in percentage points, for a count also in percent.
 * When either side is withheld the change is withheld too (it would tell where the withheld value
 * lies); when either is missing, so is the change.
 */
final class BaselineBlock {

  private BaselineBlock() {}

  /**
   * A change since the baseline, or the symbol shown instead.
   *
   * @param relative in percent of the baseline, for counts with a baseline above zero
   */
  record Change(
      Optional<BigDecimal> absolute,
      Optional<BigDecimal> relative,
      String symbol,
      boolean incomplete) {}

  /** The indicator's baseline year shown in this report: one before the report's year. */
  static Optional<Period> period(ReportView view, Indicator indicator) {
    return view.results()
        .programme()
        .baseline()
        .map(b -> b.periodOf(indicator.id()))
        .filter(p -> p.year() < view.year());
  }

  /** Whether any indicator of the programme has a baseline shown in this report. */
  static boolean any(ReportView view) {
    return view.results().programme().indicators().anyMatch(i -> period(view, i).isPresent());
  }

  /**
   * What the baseline is compared with: the main period, or for a flow over part of a year its
   * full-year forecast.
   */
  static Period compared(ReportView view, Indicator indicator) {
    Period main = view.mainPeriod();
    boolean flow = indicator.prorate() && indicator.measure().isVolume();
    return flow && main.months() < 12 && !view.results().period().isRolling()
        ? Period.forecast(view.year())
        : main;
  }

  /** A unit's outcome of a period, when the results hold it (a publication leaves out levels). */
  static Optional<Outcome> outcome(ReportView view, Indicator indicator, Unit unit, Period p) {
    return view.outcome(indicator.id(), unit, p);
  }

  /** The change from the baseline to now, on the values as shown. */
  static Change change(
      ReportView view, Indicator indicator, Optional<Outcome> now, Optional<Outcome> base) {
    boolean incomplete =
        now.map(Outcome::incomplete).orElse(false) || base.map(Outcome::incomplete).orElse(false);
    if (withheld(view, now) || withheld(view, base)) {
      return new Change(Optional.empty(), Optional.empty(), Flag.WITHHELD.symbol(), false);
    }
    Optional<BigDecimal> n = ReportView.value(now);
    Optional<BigDecimal> b = ReportView.value(base);
    if (n.isEmpty() || b.isEmpty()) {
      String symbol = b.isEmpty() ? Cells.symbol(base) : Cells.symbol(now);
      return new Change(Optional.empty(), Optional.empty(), symbol, false);
    }
    BigDecimal shownNow = n.get().setScale(indicator.decimals(), RoundingMode.HALF_UP);
    BigDecimal shownBase = b.get().setScale(indicator.decimals(), RoundingMode.HALF_UP);
    BigDecimal absolute = shownNow.subtract(shownBase);
    Optional<BigDecimal> relative =
        indicator.measure().isVolume() && shownBase.signum() > 0
            ? Optional.of(
                absolute
                    .multiply(BigDecimal.valueOf(100))
                    .divide(shownBase, 0, RoundingMode.HALF_UP))
            : Optional.empty();
    return new Change(Optional.of(absolute), relative, "", incomplete);
  }

  /** Withheld: flagged so, or (absent) a level the publication does not show. */
  private static boolean withheld(ReportView view, Optional<Outcome> outcome) {
    if (outcome.isPresent()) {
      return outcome.get().flag() == Flag.WITHHELD;
    }
    return view.published();
  }

  /**
   * The baseline table under an indicator's periods: the unit, its baseline, what it is compared
   * with and the change; nothing when the indicator has no baseline in this report.
   *
   * @return the row after the table (a blank row above it), or {@code r} when there is none
   */
  static int write(
      XSSFSheet sheet, ReportView view, Cells cells, Headers headers, Indicator indicator, int r) {
    Optional<Period> period = period(view, indicator);
    if (period.isEmpty()) {
      return r;
    }
    Styles styles = cells.styles();
    Labels labels = view.labels();
    int year = period.get().year();
    Period compared = compared(view, indicator);
    // one line of short heads: the row beside it may be a district's in the districts table
    List<String> heads = new ArrayList<>();
    heads.add(labels.format(Label.BASELINE_YEAR, year));
    heads.add(labels.get(Label.OUTCOME) + " " + year);
    heads.add(
        compared.kind() == rbs.model.PeriodKind.FORECAST
            ? labels.format(Label.FORECAST_YEAR, view.year())
            : labels.get(Label.OUTCOME) + " " + view.year());
    heads.add(labels.get(Label.CHANGE));
    boolean relative = indicator.measure().isVolume();
    if (relative) {
      heads.add(labels.get(Label.CHANGE_PERCENT));
    }
    int header = r + 1;
    Row head = Cells.row(sheet, header);
    for (int c = 0; c < heads.size(); c++) {
      cells.text(head, c, heads.get(c), styles.header());
    }
    head.setHeightInPoints(15);
    Row row = Cells.row(sheet, header + 1);
    Unit unit = view.unit();
    Optional<Outcome> base = outcome(view, indicator, unit, period.get());
    Optional<Outcome> now = outcome(view, indicator, unit, compared);
    cells.text(row, 0, unit.name(), styles.text());
    value(cells, view, row, 1, base, indicator);
    value(cells, view, row, 2, now, indicator);
    Change change = change(view, indicator, now, base);
    changeCells(cells, labels, row, 3, indicator, change, relative);
    headers.table(header, header + 1, 0, heads.size() - 1);
    return header + 2;
  }

  /**
   * The sheet's column widths: one more column at the right when a share's districts table (the
   * city workbook's) carries a baseline, so its last column has a width of its own.
   */
  static int[] widths(ReportView view, int[] widths) {
    boolean wider =
        !view.districts().isEmpty()
            && view.unit().isWhole()
            && view.results()
                .programme()
                .indicators()
                .anyMatch(i -> i.isShare() && period(view, i).isPresent());
    if (!wider) {
      return widths;
    }
    int[] more = java.util.Arrays.copyOf(widths, widths.length + 1);
    more[widths.length] = 12;
    return more;
  }

  /** The districts table's extra heads: the baseline and the change since. */
  static List<String> districtHeads(ReportView view, Indicator indicator) {
    Optional<Period> period = period(view, indicator);
    if (period.isEmpty()) {
      return List.of();
    }
    Labels labels = view.labels();
    int year = period.get().year();
    boolean forecast = compared(view, indicator).kind() == rbs.model.PeriodKind.FORECAST;
    return List.of(
        labels.format(Label.BASELINE_YEAR, year),
        labels.format(forecast ? Label.FORECAST_SINCE : Label.CHANGE_SINCE, year));
  }

  /** A district's baseline and change in the districts table, from column {@code col}. */
  static void districtCells(
      Cells cells, ReportView view, Row row, int col, Indicator indicator, Unit district) {
    Optional<Period> period = period(view, indicator);
    if (period.isEmpty()) {
      return;
    }
    Optional<Outcome> base = outcome(view, indicator, district, period.get());
    Optional<Outcome> now = outcome(view, indicator, district, compared(view, indicator));
    value(cells, view, row, col, base, indicator);
    changeCells(
        cells, view.labels(), row, col + 1, indicator, change(view, indicator, now, base), false);
  }

  private static void value(
      Cells cells,
      ReportView view,
      Row row,
      int col,
      Optional<Outcome> outcome,
      Indicator indicator) {
    if (outcome.isEmpty() && withheld(view, outcome)) {
      cells.text(row, col, Flag.WITHHELD.symbol(), cells.styles().centered());
    } else {
      cells.outcome(row, col, outcome, indicator);
    }
  }

  private static void changeCells(
      Cells cells,
      Labels labels,
      Row row,
      int col,
      Indicator indicator,
      Change change,
      boolean relative) {
    Styles styles = cells.styles();
    if (change.absolute().isEmpty()) {
      cells.text(row, col, change.symbol(), styles.centered());
      if (relative) {
        cells.text(row, col + 1, change.symbol(), styles.centered());
      }
      return;
    }
    String word =
        indicator.isShare()
            ? labels.get(Label.PERCENTAGE_POINTS)
            : indicator.money().map(m -> m.word()).orElse("");
    cells.number(
        row,
        col,
        change.absolute().get().doubleValue(),
        styles.signed(indicator.decimals(), word, change.incomplete()));
    if (relative) {
      if (change.relative().isPresent()) {
        cells.number(
            row,
            col + 1,
            change.relative().get().doubleValue(),
            styles.signed(0, "%", change.incomplete()));
      } else {
        cells.text(row, col + 1, Flag.MISSING.symbol(), styles.centered());
      }
    }
  }

  /**
   * The baselines without data that the workbook's unit shows: per indicator the units whose
   * baseline year has no data (a district's workbook its own; the municipality's every unit, or the
   * municipality alone when no unit has data), as unit, indicator name and year.
   */
  static List<String[]> missing(ReportView view) {
    List<String[]> lines = new ArrayList<>();
    List<Unit> units =
        view.unit().isWhole() ? view.results().programme().units() : List.of(view.unit());
    view.results()
        .programme()
        .indicators()
        .forEach(
            indicator ->
                period(view, indicator)
                    .ifPresent(
                        p -> {
                          List<Unit> without =
                              units.stream().filter(u -> lacks(view, indicator, u, p)).toList();
                          List<Unit> shown =
                              without.size() == units.size() && units.size() > 1
                                  ? List.of(view.results().programme().whole())
                                  : without;
                          for (Unit u : shown) {
                            lines.add(
                                new String[] {
                                  u.name(), indicator.name(), Integer.toString(p.year())
                                });
                          }
                        }));
    return lines;
  }

  private static boolean lacks(ReportView view, Indicator indicator, Unit unit, Period p) {
    return view.outcome(indicator.id(), unit, p).map(o -> o.flag() == Flag.MISSING).orElse(false);
  }

  /**
   * The summary's table: every indicator with a baseline, its baseline, what it is compared with
   * and the change, for the workbook's unit.
   *
   * @param widths the summary's column widths (name, four numbers, the comparison in words)
   * @return the row after the table
   */
  static int summary(
      Cells cells, ReportView view, XSSFSheet sheet, Headers headers, int start, int[] widths) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    int r = start;
    cells.text(Cells.row(sheet, r++), 0, labels.get(Label.BASELINE_TITLE), styles.subtitle());
    int header = r;
    Row head = Cells.row(sheet, r++);
    String[] heads = {
      labels.get(Label.INDICATOR),
      labels.get(Label.BASELINE),
      labels.get(Label.BASELINE_NOW),
      labels.get(Label.CHANGE),
      labels.get(Label.CHANGE_PERCENT),
      labels.get(Label.COMPARISON)
    };
    for (int c = 0; c < heads.length; c++) {
      cells.text(head, c, heads[c], c >= 1 && c <= 4 ? styles.numberHeader() : styles.header());
    }
    head.setHeightInPoints(32);
    Unit unit = view.unit();
    for (Indicator indicator :
        (Iterable<Indicator>) view.results().programme().indicators()::iterator) {
      Optional<Period> period = period(view, indicator);
      if (period.isEmpty()) {
        continue;
      }
      Period compared = compared(view, indicator);
      Row row = Cells.row(sheet, r++);
      Optional<Outcome> base = outcome(view, indicator, unit, period.get());
      Optional<Outcome> now = outcome(view, indicator, unit, compared);
      cells.text(row, 0, indicator.name(), styles.wrapped());
      value(cells, view, row, 1, base, indicator);
      value(cells, view, row, 2, now, indicator);
      changeCells(
          cells,
          labels,
          row,
          3,
          indicator,
          change(view, indicator, now, base),
          indicator.measure().isVolume());
      String words =
          labels.format(
              Label.COMPARED,
              period.get().year(),
              compared.kind() == rbs.model.PeriodKind.FORECAST
                  ? labels.format(Label.FORECAST_YEAR, view.year()).toLowerCase(Locale.ROOT)
                  : view.periodInWords(compared));
      cells.text(row, 5, words, styles.wrapped());
      row.setHeightInPoints(
          Math.max(
              PageSetup.height(indicator.name(), widths[0]), PageSetup.height(words, widths[5])));
    }
    headers.table(header, r - 1, 0, heads.length - 1);
    return r;
  }
}
