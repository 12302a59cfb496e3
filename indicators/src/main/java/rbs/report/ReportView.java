package rbs.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rbs.model.Breakdown;
import rbs.model.Comment;
import rbs.model.Comments;
import rbs.model.GoalOutcome;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.Slice;
import rbs.model.Unit;

/**
 * Results seen from one workbook: lookups by indicator, unit and period, and the report's periods.
 */
final class ReportView {

  private final Results results;
  private final ResultsIndex index;
  private final Unit unit;
  private final Labels labels;
  private final Comments comments;

  ReportView(Results results, Unit unit) {
    this(results, Comments.none(), unit);
  }

  ReportView(Results results, Comments comments, Unit unit) {
    this.results = results;
    this.index = ResultsIndex.of(results);
    this.comments = comments;
    this.unit = unit;
    this.labels = Labels.forLanguage(results.programme().language());
  }

  Results results() {
    return results;
  }

  Unit unit() {
    return unit;
  }

  /** The units' own comments (every unit's: the city workbook gathers the districts'). */
  Comments comments() {
    return comments;
  }

  /** This workbook's unit's comment on a goal or indicator, if it wrote one. */
  Optional<Comment> comment(String itemId) {
    return comments.of(unit, itemId);
  }

  /** Whether the results are prepared for publication (small counts withheld). */
  boolean published() {
    return results.publication().published();
  }

  /** A filter of one of the programme's sources in words, said once per run. */
  String describe(String sourceId, String expression) {
    return index.describe(sourceId, expression, labels.filterWords());
  }

  Labels labels() {
    return labels;
  }

  int year() {
    return results.period().year();
  }

  boolean annual() {
    return results.period().isAnnual();
  }

  int lastMonth() {
    return results.period().lastMonth();
  }

  /** A monthly follow-up (year to date or rolling): tables, no charts. */
  boolean monthly() {
    return results.period().isMonthly();
  }

  Optional<Outcome> outcome(String indicatorId, Unit u, Period p) {
    return index.outcome(indicatorId, u, p);
  }

  Optional<Outcome> outcome(String indicatorId, Period p) {
    return outcome(indicatorId, unit, p);
  }

  /** This workbook's unit's outcome of one category of a breakdown of the indicator. */
  Optional<Outcome> outcome(String indicatorId, Slice slice, Period p) {
    return index.slice(indicatorId, slice.key(), unit, p);
  }

  /**
   * Whether the results hold the breakdown of the indicator for this workbook's unit and period (a
   * publication may publish the breakdowns of some units and levels only).
   */
  boolean hasBreakdown(String indicatorId, Breakdown breakdown, Period p) {
    return index.hasBreakdown(indicatorId, breakdown.id(), unit, p);
  }

  Optional<GoalOutcome> goal(String goalId, Period p) {
    return index.goal(goalId, unit, p);
  }

  /**
   * The period the report is about: year-to-date for a tertial report; the year for the annual
   * report (or year-to-date December when the results carry no year outcomes).
   */
  Period mainPeriod() {
    return mainPeriod(year());
  }

  Period mainPeriod(int y) {
    return index.mainPeriod(y);
  }

  /**
   * The rows of an indicator's table: its months, tertials and the main period, as far as the
   * results show them for this unit (a publication leaves out the levels it does not publish).
   */
  List<Period> tablePeriods() {
    List<Period> periods = new ArrayList<>();
    if (results.period().isRolling()) {
      java.time.YearMonth m = java.time.YearMonth.from(mainPeriod().from());
      for (int k = 0; k < 12; k++, m = m.plusMonths(1)) {
        periods.add(Period.month(m.getYear(), m.getMonthValue()));
      }
      periods.add(mainPeriod());
      periods.removeIf(p -> !shows(unit, p));
      return periods;
    }
    for (int m = 1; m <= lastMonth(); m++) {
      periods.add(Period.month(year(), m));
    }
    for (int t = 1; t <= results.period().lastTertial(); t++) {
      periods.add(Period.tertial(year(), t));
    }
    periods.add(mainPeriod());
    periods.removeIf(p -> !shows(unit, p));
    return periods;
  }

  /** Whether the results show this unit's outcomes for periods of this kind. */
  boolean shows(Unit u, Period p) {
    return results.publication().levels().publishes(u, p);
  }

  /** Whether this workbook's unit has its months shown (a published district has not, usually). */
  boolean showsMonths() {
    return shows(unit, Period.month(year(), 1));
  }

  String periodLabel(Period p) {
    return switch (p.kind()) {
      case MONTH -> labels.month(p.firstMonth()) + (p.year() == year() ? "" : " " + p.year());
      case ROLLING -> labels.format(Label.ROLLING, labels.month(p.lastMonth()) + " " + p.year());
      case TERTIAL -> labels.get(Label.TERTIAL) + " " + (p.lastMonth() / 4);
      case YEAR_TO_DATE ->
          p.lastMonth() == 12
              ? labels.get(Label.YEAR)
              : labels.format(Label.YTD, labels.month(p.lastMonth()));
      default -> labels.get(Label.YEAR);
    };
  }

  /** The months of the report's year so far, in words: "jan–aug", "jan–dec". */
  String span() {
    if (results.period().isRolling()) {
      return periodInWords(mainPeriod());
    }
    return labels.month(1) + "–" + labels.month(lastMonth());
  }

  /** A period with its year, in words for a title: "jan–aug 2014", "helåret 2014", "maj 2014". */
  String periodInWords(Period p) {
    return switch (p.kind()) {
      case MONTH -> labels.month(p.firstMonth()) + " " + p.year();
      case TERTIAL -> labels.format(Label.TERTIAL_IN_WORDS, p.lastMonth() / 4, p.year());
      case ROLLING ->
          labels.month(p.firstMonth())
              + " "
              + p.from().getYear()
              + "–"
              + labels.month(p.lastMonth())
              + " "
              + p.year();
      case YEAR_TO_DATE ->
          p.lastMonth() == 12
              ? labels.format(Label.WHOLE_YEAR_IN_WORDS, p.year())
              : labels.month(1) + "–" + labels.month(p.lastMonth()) + " " + p.year();
      default -> labels.format(Label.WHOLE_YEAR_IN_WORDS, p.year());
    };
  }

  /**
   * The heading of the comparison with last year: "Samma period fjol" in a tertial report,
   * "Föregående år" in the annual report.
   */
  String lastYearHeading() {
    return labels.get(annual() ? Label.LAST_YEAR_ANNUAL : Label.LAST_YEAR);
  }

  /** The districts the results hold outcomes for, in declaration order (no groups of them). */
  List<Unit> districts() {
    return index.districts();
  }

  /** The years with an outcome of the indicator's main period for this unit, ascending. */
  List<Integer> years(String indicatorId) {
    return index.years(indicatorId, unit);
  }

  /** The shown value of an outcome, when it has one. */
  static Optional<BigDecimal> value(Optional<Outcome> outcome) {
    return outcome.flatMap(Outcome::value);
  }
}
