package rbs.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Unit;

/**
 * The charts of one indicator in one workbook: months this year against last year and the target
 * (tertials, or the report's period alone, for a unit whose months a publication does not show); in
 * the city workbook the districts side by side; in the annual report the years with a trend.
 *
 * <p>The target line of the month chart is each month's own target as the computation set it: the
 * annual target pro-rated to one month for flow counts, the annual target itself for shares.
 *
 * <p>A category whose value this year is not a plain number says so in its label: "(..)" withheld,
 * "(-)" no data, "*" incomplete, as the tables do; a gap in a chart is never silent.
 */
final class ChartPlan {

  static final String THIS_YEAR = "1F4E79";
  static final String LAST_YEAR = "8FAADC";
  static final String TARGET = "C55A11";
  static final String TREND = "548235";

  private ChartPlan() {}

  static List<ChartSpec> charts(ReportView view, Indicator indicator) {
    List<ChartSpec> charts = new ArrayList<>();
    if (view.showsMonths()) {
      charts.add(months(view, indicator));
    } else if (view.shows(view.unit(), Period.tertial(view.year(), 1))) {
      charts.add(tertials(view, indicator));
    } else {
      charts.add(mainPeriod(view, indicator));
    }
    if (view.unit().isWhole()
        && !view.districts().isEmpty()
        && view.shows(view.districts().get(0), view.mainPeriod())) {
      charts.add(districts(view, indicator));
    }
    if (view.annual()) {
      charts.add(years(view, indicator));
    }
    return charts;
  }

  /**
   * Every chart of the indicator in the order the workbook draws them: its own, then one per
   * breakdown ({@link BreakdownTable}).
   */
  static List<ChartSpec> all(ReportView view, Indicator indicator) {
    List<ChartSpec> all = new ArrayList<>(charts(view, indicator));
    all.addAll(BreakdownTable.charts(view, indicator));
    return all;
  }

  static ChartSpec months(ReportView view, Indicator indicator) {
    List<Period> periods = new ArrayList<>();
    for (int m = 1; m <= view.lastMonth(); m++) {
      periods.add(Period.month(view.year(), m));
    }
    Labels labels = view.labels();
    String subtitle =
        labels.format(
            Label.SUBTITLE_MONTHS, view.span(), view.year(), view.year() - 1, indicator.unit());
    return overTime(
        view, indicator, "months", ChartSpec.Kind.LINE, periods, subtitle, labels.get(Label.MONTH));
  }

  /**
   * Each tertial so far against last year's and the target, for a unit whose months the report does
   * not show (a district in a published report).
   */
  static ChartSpec tertials(ReportView view, Indicator indicator) {
    List<Period> periods = new ArrayList<>();
    for (int t = 1; t <= view.results().period().lastTertial(); t++) {
      periods.add(Period.tertial(view.year(), t));
    }
    Labels labels = view.labels();
    String subtitle =
        labels.format(Label.SUBTITLE_TERTIALS, view.year(), view.year() - 1, indicator.unit());
    return overTime(
        view,
        indicator,
        "tertials",
        ChartSpec.Kind.BAR,
        periods,
        subtitle,
        labels.get(Label.TERTIAL));
  }

  /**
   * The report's period against the same period last year and the target, for a unit the report
   * shows by year to date only (a district in a published report).
   */
  static ChartSpec mainPeriod(ReportView view, Indicator indicator) {
    Labels labels = view.labels();
    Period main = view.mainPeriod();
    String words = view.periodInWords(main);
    String subtitle =
        labels.format(
            Label.SUBTITLE_PERIOD,
            Character.toUpperCase(words.charAt(0)) + words.substring(1),
            view.year() - 1,
            indicator.unit());
    return overTime(
        view,
        indicator,
        "period",
        ChartSpec.Kind.BAR,
        List.of(main),
        subtitle,
        labels.get(Label.PERIOD));
  }

  /** This year's periods against the same periods last year and their targets. */
  private static ChartSpec overTime(
      ReportView view,
      Indicator indicator,
      String key,
      ChartSpec.Kind kind,
      List<Period> periods,
      String subtitle,
      String categoryTitle) {
    Labels labels = view.labels();
    int year = view.year();
    Marks marks = new Marks(labels);
    List<Optional<Double>> now = new ArrayList<>();
    List<Optional<Double>> before = new ArrayList<>();
    List<Optional<Double>> target = new ArrayList<>();
    Optional<Integer> latest = Optional.empty();
    for (Period period : periods) {
      Optional<Outcome> outcome = view.outcome(indicator.id(), period);
      marks.add(view.periodLabel(period), outcome);
      now.add(value(outcome));
      before.add(value(view.outcome(indicator.id(), period.previousYear())));
      target.add(outcome.flatMap(Outcome::target).map(BigDecimal::doubleValue));
      if (now.get(now.size() - 1).isPresent()) {
        latest = Optional.of(now.size() - 1);
      }
    }
    boolean lines = kind == ChartSpec.Kind.LINE;
    List<ChartSpec.Series> series =
        List.of(
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + year,
                now,
                THIS_YEAR,
                ChartSpec.Dash.SOLID,
                lines),
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + (year - 1),
                before,
                LAST_YEAR,
                ChartSpec.Dash.SOLID,
                lines),
            new ChartSpec.Series(
                labels.get(Label.TARGET) + " " + year, target, TARGET, ChartSpec.Dash.DASH, false));
    StringBuilder alt = altStart(labels, kind, indicator, subtitle);
    if (latest.isPresent()) {
      int i = latest.get();
      Period p = periods.get(i);
      alt.append(' ')
          .append(
              labels.format(
                  Label.ALT_LATEST,
                  view.periodLabel(p) + " " + year,
                  text(labels, indicator, now.get(i).orElseThrow())));
      before
          .get(i)
          .ifPresent(
              v ->
                  alt.append(' ')
                      .append(
                          labels.format(Label.ALT_BEFORE, year - 1, text(labels, indicator, v))));
      target
          .get(i)
          .ifPresent(
              v ->
                  alt.append(' ')
                      .append(labels.format(Label.ALT_TARGET, text(labels, indicator, v))));
    } else {
      alt.append(' ').append(labels.get(Label.ALT_NO_VALUE));
    }
    alt.append(marks.inWords());
    return new ChartSpec(
        key,
        kind,
        indicator.name(),
        subtitle,
        categoryTitle,
        indicator.unit(),
        indicator.isShare(),
        indicator.decimals(),
        marks.categories(),
        marks.notes(),
        series,
        alt.toString());
  }

  static ChartSpec districts(ReportView view, Indicator indicator) {
    Labels labels = view.labels();
    Period main = view.mainPeriod();
    Marks marks = new Marks(labels);
    List<Optional<Double>> now = new ArrayList<>();
    List<Optional<Double>> before = new ArrayList<>();
    int highest = -1;
    int lowest = -1;
    for (Unit district : view.districts()) {
      Optional<Outcome> outcome = view.outcome(indicator.id(), district, main);
      marks.add(district.name(), outcome);
      Optional<Double> v = value(outcome);
      now.add(v);
      before.add(value(view.outcome(indicator.id(), district, main.previousYear())));
      int i = now.size() - 1;
      if (v.isPresent()) {
        if (highest < 0 || v.get() > now.get(highest).orElseThrow()) {
          highest = i;
        }
        if (lowest < 0 || v.get() < now.get(lowest).orElseThrow()) {
          lowest = i;
        }
      }
    }
    String subtitle =
        labels.format(
            Label.SUBTITLE_DISTRICTS, view.periodInWords(main), view.year() - 1, indicator.unit());
    StringBuilder alt = altStart(labels, ChartSpec.Kind.BAR, indicator, subtitle);
    if (highest >= 0) {
      alt.append(' ')
          .append(
              labels.format(
                  Label.ALT_HIGHEST_LOWEST,
                  view.districts().get(highest).name(),
                  text(labels, indicator, now.get(highest).orElseThrow()),
                  view.districts().get(lowest).name(),
                  text(labels, indicator, now.get(lowest).orElseThrow())));
    }
    Optional<Outcome> whole = view.outcome(indicator.id(), main);
    value(whole)
        .ifPresent(
            v ->
                alt.append(' ')
                    .append(
                        labels.format(
                            Label.ALT_WHOLE, view.unit().name(), text(labels, indicator, v))));
    whole
        .flatMap(Outcome::target)
        .ifPresent(
            t ->
                alt.append(' ')
                    .append(
                        labels.format(Label.ALT_TARGET, text(labels, indicator, t.doubleValue()))));
    alt.append(marks.inWords());
    return new ChartSpec(
        "districts",
        ChartSpec.Kind.BAR,
        indicator.name(),
        subtitle,
        labels.get(Label.DISTRICT),
        indicator.unit(),
        indicator.isShare(),
        indicator.decimals(),
        marks.categories(),
        marks.notes(),
        List.of(
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + view.year(),
                now,
                THIS_YEAR,
                ChartSpec.Dash.SOLID,
                false),
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + (view.year() - 1),
                before,
                LAST_YEAR,
                ChartSpec.Dash.SOLID,
                false)),
        alt.toString());
  }

  /** One year of the years chart: its outcome and whether the trend line may go through it. */
  record Year(int year, Optional<Outcome> outcome, boolean comparable, boolean projected) {

    boolean complete() {
      return outcome.map(o -> !o.incomplete()).orElse(false);
    }

    boolean fitted() {
      return comparable && complete() && !projected && outcome.flatMap(Outcome::value).isPresent();
    }
  }

  /** The years of the years chart: those the results hold, and the next, projected. */
  static List<Year> yearList(ReportView view, Indicator indicator) {
    List<Year> years = new ArrayList<>();
    for (int y : view.years(indicator.id())) {
      boolean comparable = indicator.comparableFrom().map(from -> y >= from).orElse(true);
      years.add(new Year(y, view.outcome(indicator.id(), view.mainPeriod(y)), comparable, false));
    }
    years.add(new Year(view.year() + 1, Optional.empty(), true, true));
    return years;
  }

  /**
   * The years the results hold, plus the next year, with the least-squares line through the
   * comparable, complete outcomes: the baseline "if nothing changes" of results-based
   * accountability, projected one year ahead. Years outside the line are shown and marked.
   */
  static ChartSpec years(ReportView view, Indicator indicator) {
    Labels labels = view.labels();
    List<Year> years = yearList(view, indicator);
    List<String> categories = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Optional<Double>> values = new ArrayList<>();
    List<Optional<Double>> fitted = new ArrayList<>();
    List<Optional<Double>> targets = new ArrayList<>();
    List<String> notComparable = new ArrayList<>();
    List<String> incomplete = new ArrayList<>();
    List<String> through = new ArrayList<>();
    for (Year y : years) {
      String name = Integer.toString(y.year());
      Optional<Double> v = value(y.outcome());
      values.add(v);
      fitted.add(y.fitted() ? v : Optional.empty());
      targets.add(y.outcome().flatMap(Outcome::target).map(BigDecimal::doubleValue));
      Optional<Label> note = Optional.empty();
      if (y.projected()) {
        note = Optional.of(Label.NOTE_PROJECTED);
      } else if (!y.comparable()) {
        note = Optional.of(Label.NOTE_NOT_COMPARABLE);
        notComparable.add(name);
      } else if (y.outcome().map(Outcome::flag).orElse(Flag.MISSING) == Flag.WITHHELD) {
        note = Optional.of(Label.NOTE_WITHHELD);
      } else if (y.outcome().map(Outcome::flag).orElse(Flag.MISSING) == Flag.NOT_MEASURED) {
        note = Optional.of(Label.NOTE_NOT_MEASURED);
      } else if (v.isEmpty()) {
        note = Optional.of(Label.NOTE_MISSING);
      } else if (!y.complete()) {
        note = Optional.of(Label.NOTE_INCOMPLETE);
        incomplete.add(name);
      } else {
        through.add(name);
      }
      categories.add(note.map(n -> name + " (" + labels.get(shortNote(n)) + ")").orElse(name));
      notes.add(note.map(labels::get).orElse(""));
    }
    List<Optional<Double>> trend = trend(fitted);
    int last = years.size() - 1;
    String span =
        years.get(0).year() == years.get(last - 1).year()
            ? Integer.toString(years.get(0).year())
            : years.get(0).year() + "–" + years.get(last - 1).year();
    String subtitle =
        labels.format(Label.SUBTITLE_YEARS, span, years.get(last).year(), indicator.unit());
    StringBuilder alt = altStart(labels, ChartSpec.Kind.LINE, indicator, subtitle);
    Year current = years.get(last - 1);
    Optional<Double> now = value(current.outcome());
    if (now.isPresent()) {
      alt.append(' ')
          .append(
              labels.format(
                  Label.ALT_LATEST,
                  Integer.toString(current.year()),
                  text(labels, indicator, now.get())));
      targets
          .get(last - 1)
          .ifPresent(
              t ->
                  alt.append(' ')
                      .append(labels.format(Label.ALT_TARGET, text(labels, indicator, t))));
    }
    if (trend.get(last).isPresent()) {
      alt.append(' ')
          .append(
              labels.format(
                  Label.ALT_TREND,
                  String.join(", ", through),
                  text(labels, indicator, trend.get(last).get()),
                  years.get(last).year()));
    } else {
      alt.append(' ').append(labels.get(Label.ALT_NO_TREND));
    }
    if (!notComparable.isEmpty()) {
      alt.append(' ')
          .append(labels.format(Label.ALT_NOT_COMPARABLE, String.join(", ", notComparable)));
    }
    if (!incomplete.isEmpty()) {
      alt.append(' ')
          .append(labels.format(Label.ALT_INCOMPLETE_YEARS, String.join(", ", incomplete)));
    }
    return new ChartSpec(
        "years",
        ChartSpec.Kind.LINE,
        indicator.name(),
        subtitle,
        labels.get(Label.YEAR_AXIS),
        indicator.unit(),
        indicator.isShare(),
        indicator.decimals(),
        categories,
        notes,
        List.of(
            new ChartSpec.Series(
                labels.get(Label.OUTCOME), values, THIS_YEAR, ChartSpec.Dash.SOLID, true),
            new ChartSpec.Series(
                labels.get(Label.TARGET), targets, TARGET, ChartSpec.Dash.DASH, false),
            new ChartSpec.Series(
                labels.get(Label.TREND_LINE), trend, TREND, ChartSpec.Dash.DOT, false)),
        alt.toString());
  }

  private static Label shortNote(Label note) {
    return switch (note) {
      case NOTE_PROJECTED -> Label.MARK_PROJECTED;
      case NOTE_NOT_COMPARABLE -> Label.MARK_NOT_COMPARABLE;
      case NOTE_INCOMPLETE -> Label.MARK_INCOMPLETE;
      case NOTE_WITHHELD -> Label.MARK_WITHHELD;
      case NOTE_NOT_MEASURED -> Label.MARK_NOT_MEASURED;
      default -> Label.MARK_MISSING;
    };
  }

  /**
   * Least squares over the points that have a value, drawn from the first of them to the last
   * category (so the last, with no value, is the projection; the years before the first, outside
   * the line, get none); all gaps when fewer than two.
   */
  static List<Optional<Double>> trend(List<Optional<Double>> values) {
    int first = values.size();
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isPresent()) {
        double y = values.get(i).get();
        first = Math.min(first, i);
        n++;
        sx += i;
        sy += y;
        sxx += (double) i * i;
        sxy += i * y;
      }
    }
    List<Optional<Double>> line = new ArrayList<>();
    double denominator = n * sxx - sx * sx;
    for (int i = 0; i < values.size(); i++) {
      if (n < 2 || denominator == 0 || i < first) {
        line.add(Optional.empty());
      } else {
        double slope = (n * sxy - sx * sy) / denominator;
        double intercept = (sy - slope * sx) / n;
        // rounded so the cached chart values and the cells agree exactly
        line.add(Optional.of(Math.round((intercept + slope * i) * 100) / 100.0));
      }
    }
    return line;
  }

  static StringBuilder altStart(
      Labels labels, ChartSpec.Kind kind, Indicator indicator, String subtitle) {
    return new StringBuilder()
        .append(labels.get(kind == ChartSpec.Kind.LINE ? Label.ALT_LINE : Label.ALT_BAR))
        .append(": ")
        .append(indicator.name())
        .append(". ")
        .append(subtitle)
        .append('.');
  }

  static String text(Labels labels, Indicator indicator, double value) {
    return labels.value(value, indicator.decimals(), indicator.isShare(), indicator.unit());
  }

  static Optional<Double> value(Optional<Outcome> outcome) {
    return ReportView.value(outcome).map(BigDecimal::doubleValue);
  }

  /** The categories of a chart with the marks of this year's values, and the marks in words. */
  static final class Marks {

    private final Labels labels;
    private final List<String> categories = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> withheld = new ArrayList<>();
    private final List<String> incomplete = new ArrayList<>();

    Marks(Labels labels) {
      this.labels = labels;
    }

    void add(String name, Optional<Outcome> outcome) {
      Flag flag = outcome.map(Outcome::flag).orElse(Flag.MISSING);
      if (flag == Flag.WITHHELD) {
        categories.add(name + " (" + Flag.WITHHELD.symbol() + ")");
        notes.add(labels.get(Label.NOTE_WITHHELD));
        withheld.add(name);
      } else if (flag == Flag.NOT_MEASURED) {
        categories.add(name + " (" + Flag.NOT_MEASURED.symbol() + ")");
        notes.add(labels.get(Label.NOTE_NOT_MEASURED));
      } else if (outcome.flatMap(Outcome::value).isEmpty()) {
        categories.add(name + " (" + Flag.MISSING.symbol() + ")");
        notes.add(labels.get(Label.NOTE_MISSING));
        missing.add(name);
      } else if (outcome.get().incomplete()) {
        categories.add(name + " " + Styles.INCOMPLETE_MARK);
        notes.add(labels.get(Label.NOTE_INCOMPLETE));
        incomplete.add(name);
      } else {
        categories.add(name);
        notes.add("");
      }
    }

    List<String> categories() {
      return categories;
    }

    List<String> notes() {
      return notes;
    }

    /** " Undertryckt: maj. Uppgift saknas: mar." – empty when every value is plain. */
    String inWords() {
      StringBuilder words = new StringBuilder();
      if (!withheld.isEmpty()) {
        words.append(' ').append(labels.format(Label.ALT_WITHHELD, String.join(", ", withheld)));
      }
      if (!missing.isEmpty()) {
        words.append(' ').append(labels.format(Label.ALT_MISSING, String.join(", ", missing)));
      }
      if (!incomplete.isEmpty()) {
        words
            .append(' ')
            .append(labels.format(Label.ALT_INCOMPLETE, String.join(", ", incomplete)));
      }
      return words.toString();
    }
  }
}
