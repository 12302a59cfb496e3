package rbs.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import rbs.model.Breakdown;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Slice;

/**
 * An indicator's breakdowns in a workbook: per breakdown a table of its categories for the report's
 * period this year and the same period last year (for a count or sum also each category's share of
 * the total), with the indicator's own value as the total, and beside it a bar chart of the
 * categories, this year against last. Withheld and missing cells show their symbols in the table
 * and are gaps in the chart, as everywhere else.
 */
final class BreakdownTable {

  /** The columns the chart spans, beside the table: as wide as an indicator's first chart. */
  static final int CHART_FIRST_COL = 5;

  static final int CHART_END_COL = 12;

  /** The table's last column (with a count's share of the total), and the note's width under it. */
  private static final int TABLE_LAST_COL = 3;

  private static final int NOTE_CHARS = 58;

  private BreakdownTable() {}

  /**
   * The indicator's breakdowns the workbook shows: those the results hold for its unit and report
   * period (a publication leaves out the breakdowns of the units and levels it does not publish).
   */
  static List<Breakdown> shown(ReportView view, Indicator indicator) {
    return indicator.breakdowns().stream()
        .filter(b -> view.hasBreakdown(indicator.id(), b, view.mainPeriod()))
        .toList();
  }

  /** The charts of the breakdowns the workbook shows, in declared order. */
  static List<ChartSpec> charts(ReportView view, Indicator indicator) {
    return shown(view, indicator).stream().map(b -> chart(view, indicator, b)).toList();
  }

  /**
   * Writes one breakdown's heading (the indicator's name: the table may print on a page of its own)
   * from row {@code r}, its table under it and, when {@code data} is given, its chart beside the
   * table.
   *
   * @param number the chart's number within its sheet, from 1
   * @return the row after the block
   */
  static int write(
      XSSFSheet sheet,
      ReportView view,
      Cells cells,
      Headers headers,
      Optional<ChartDataSheet> data,
      Indicator indicator,
      Breakdown breakdown,
      int r,
      int number) {
    int end = table(sheet, view, cells, headers, indicator, breakdown, r);
    if (data.isPresent()) {
      ChartSpec chart = chart(view, indicator, breakdown);
      int rows = TargetGroupSheet.SHORT_CHART_ROWS;
      NativeCharts.draw(
          sheet,
          chart,
          data.get().add(chart, cells.style(indicator)),
          view.labels(),
          number,
          CHART_FIRST_COL,
          r + 1,
          CHART_END_COL,
          r + 1 + rows);
      end = Math.max(end, r + 1 + rows);
    }
    return end;
  }

  /** The heading, the table and the note; returns the row after them. */
  private static int table(
      XSSFSheet sheet,
      ReportView view,
      Cells cells,
      Headers headers,
      Indicator indicator,
      Breakdown breakdown,
      int r) {
    Styles styles = cells.styles();
    Labels labels = view.labels();
    Period main = view.mainPeriod();
    cells.text(
        Cells.row(sheet, r),
        0,
        labels.format(Label.BREAKDOWN_TITLE, indicator.name(), lower(breakdown.label())),
        styles.bold());
    int header = r + 1;
    List<String> heads = new ArrayList<>();
    heads.add(breakdown.label());
    heads.add(capital(view.periodInWords(main)));
    heads.add(capital(view.periodInWords(main.previousYear())));
    boolean shares = indicator.measure().isVolume();
    if (shares) {
      heads.add(labels.format(Label.SHARE_OF_TOTAL, view.year()));
    }
    Row head = Cells.row(sheet, header);
    for (int c = 0; c < heads.size(); c++) {
      cells.text(head, c, heads.get(c), styles.header());
    }
    head.setHeightInPoints(30);
    Optional<Outcome> total = view.outcome(indicator.id(), main);
    int row = header + 1;
    for (Slice slice : breakdown.slices()) {
      Row line = Cells.row(sheet, row++);
      Optional<Outcome> now = view.outcome(indicator.id(), slice, main);
      cells.text(line, 0, slice.label(), styles.text());
      cells.outcome(line, 1, now, indicator);
      cells.outcome(line, 2, view.outcome(indicator.id(), slice, main.previousYear()), indicator);
      if (shares) {
        share(cells, line, now, total);
      }
    }
    Row sum = Cells.row(sheet, row++);
    cells.text(sum, 0, labels.get(Label.TOTAL), styles.bold());
    cells.outcome(sum, 1, total, indicator);
    cells.outcome(sum, 2, view.outcome(indicator.id(), main.previousYear()), indicator);
    headers.table(header, row - 1, 0, heads.size() - 1);
    if (overlaps(indicator, breakdown)) {
      // wrapped under the table, clear of the chart beside it
      String text = labels.format(Label.BREAKDOWN_OVERLAP, lower(breakdown.label()));
      Row note = Cells.row(sheet, row);
      cells.text(note, 0, text, styles.wrappedFootnote());
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, TABLE_LAST_COL));
      note.setHeightInPoints(PageSetup.height(text, NOTE_CHARS));
      row++;
    }
    return row;
  }

  /**
   * A category's share of the total in percent; withheld when either is (a shown share of a
   * withheld total would give the total away), else missing when either has no value.
   */
  private static void share(Cells cells, Row row, Optional<Outcome> part, Optional<Outcome> total) {
    Optional<BigDecimal> p = ReportView.value(part);
    Optional<BigDecimal> t = ReportView.value(total);
    if (p.isPresent() && t.isPresent() && t.get().signum() > 0) {
      double percent =
          p.get()
              .multiply(BigDecimal.valueOf(100))
              .divide(t.get(), MathContext.DECIMAL64)
              .doubleValue();
      cells.number(row, 3, percent, cells.styles().percent(0));
    } else {
      boolean withheld = flag(part) == Flag.WITHHELD || flag(total) == Flag.WITHHELD;
      cells.text(
          row,
          3,
          withheld ? Flag.WITHHELD.symbol() : Flag.MISSING.symbol(),
          cells.styles().centered());
    }
  }

  private static Flag flag(Optional<Outcome> outcome) {
    return outcome.map(Outcome::flag).orElse(Flag.MISSING);
  }

  /**
   * Whether a person can fall into more than one category: distinct persons counted by a band of a
   * value that changes over time (age), so the bands may add up to more than the total.
   */
  static boolean overlaps(Indicator indicator, Breakdown breakdown) {
    return !indicator.measure().addsUpExactly()
        && breakdown.categories().stream().anyMatch(c -> c instanceof Breakdown.Category.Band);
  }

  /** The bar chart of the categories, this year against the same period last year. */
  static ChartSpec chart(ReportView view, Indicator indicator, Breakdown breakdown) {
    Labels labels = view.labels();
    Period main = view.mainPeriod();
    ChartPlan.Marks marks = new ChartPlan.Marks(labels);
    List<Optional<Double>> now = new ArrayList<>();
    List<Optional<Double>> before = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Slice slice : breakdown.slices()) {
      Optional<Outcome> outcome = view.outcome(indicator.id(), slice, main);
      marks.add(slice.label(), outcome);
      Optional<Double> v = ChartPlan.value(outcome);
      now.add(v);
      v.ifPresent(x -> shown.add(slice.label() + " " + ChartPlan.text(labels, indicator, x)));
      before.add(ChartPlan.value(view.outcome(indicator.id(), slice, main.previousYear())));
    }
    String subtitle =
        labels.format(
            Label.SUBTITLE_BREAKDOWN,
            lower(breakdown.label()),
            view.periodInWords(main),
            view.year() - 1,
            indicator.unit());
    StringBuilder alt = ChartPlan.altStart(labels, ChartSpec.Kind.BAR, indicator, subtitle);
    if (shown.isEmpty()) {
      alt.append(' ').append(labels.get(Label.ALT_NO_VALUE));
    } else {
      alt.append(' ')
          .append(
              labels.format(
                  Label.ALT_CATEGORIES,
                  labels.get(Label.OUTCOME) + " " + view.year(),
                  String.join(", ", shown)));
    }
    alt.append(marks.inWords());
    return new ChartSpec(
        "breakdown-" + breakdown.id(),
        ChartSpec.Kind.BAR,
        indicator.name(),
        subtitle,
        breakdown.label(),
        indicator.unit(),
        indicator.isShare(),
        indicator.decimals(),
        marks.categories(),
        marks.notes(),
        List.of(
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + view.year(),
                now,
                ChartPlan.THIS_YEAR,
                ChartSpec.Dash.SOLID,
                false),
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + (view.year() - 1),
                before,
                ChartPlan.LAST_YEAR,
                ChartSpec.Dash.SOLID,
                false)),
        alt.toString());
  }

  /** "Åldersgrupp" → "åldersgrupp" inside a sentence; an acronym ("HVB") stays as written. */
  static String lower(String label) {
    if (label.length() > 1 && Character.isLowerCase(label.charAt(1))) {
      return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
    return label;
  }

  private static String capital(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
