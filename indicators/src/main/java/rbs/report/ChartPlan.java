package rbs.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Unit;

/**
 * The charts of one indicator in one workbook: months this year against last year and the target;
 * in the city workbook the districts side by side; in the annual report the years with a trend.
 *
 * <p>The target line of the month chart is each month's own target as the computation set it: the
 * annual target pro-rated to one month for flow counts, the annual target itself for shares.
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

  static ChartSpec months(ReportView view, Indicator indicator) {
    Labels labels = view.labels();
    int year = view.year();
    List<String> categories = new ArrayList<>();
    List<Optional<Double>> now = new ArrayList<>();
    List<Optional<Double>> before = new ArrayList<>();
    List<Optional<Double>> target = new ArrayList<>();
    for (int m = 1; m <= view.lastMonth(); m++) {
      Period month = Period.month(year, m);
      categories.add(labels.month(m));
      Optional<Outcome> outcome = view.outcome(indicator.id(), month);
      now.add(value(outcome));
      before.add(value(view.outcome(indicator.id(), month.previousYear())));
      target.add(outcome.flatMap(Outcome::target).map(BigDecimal::doubleValue));
    }
    return new ChartSpec(
        "months",
        ChartSpec.Kind.LINE,
        labels.format(Label.MONTH_CHART, shortName(indicator)),
        labels.get(Label.MONTH),
        indicator.unit(),
        indicator.isShare(),
        categories,
        List.of(
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + year, now, THIS_YEAR, ChartSpec.Dash.SOLID, true),
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + (year - 1),
                before,
                LAST_YEAR,
                ChartSpec.Dash.SOLID,
                true),
            new ChartSpec.Series(
                labels.get(Label.TARGET) + " " + year, target, TARGET, ChartSpec.Dash.DASH, false)));
  }

  /**
   * Each tertial so far against last year's and the target, for a unit whose months the report does
   * not show (a district in a published report).
   */
  static ChartSpec tertials(ReportView view, Indicator indicator) {
    Labels labels = view.labels();
    int year = view.year();
    List<String> categories = new ArrayList<>();
    List<Optional<Double>> now = new ArrayList<>();
    List<Optional<Double>> before = new ArrayList<>();
    List<Optional<Double>> target = new ArrayList<>();
    for (int t = 1; t <= view.results().period().lastTertial(); t++) {
      Period tertial = Period.tertial(year, t);
      categories.add(view.periodLabel(tertial));
      Optional<Outcome> outcome = view.outcome(indicator.id(), tertial);
      now.add(value(outcome));
      before.add(value(view.outcome(indicator.id(), tertial.previousYear())));
      target.add(outcome.flatMap(Outcome::target).map(BigDecimal::doubleValue));
    }
    return new ChartSpec(
        "tertials",
        ChartSpec.Kind.BAR,
        labels.format(Label.TERTIAL_CHART, shortName(indicator)),
        labels.get(Label.TERTIAL),
        indicator.unit(),
        indicator.isShare(),
        categories,
        List.of(
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + year, now, THIS_YEAR, ChartSpec.Dash.SOLID, false),
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + (year - 1),
                before,
                LAST_YEAR,
                ChartSpec.Dash.SOLID,
                false),
            new ChartSpec.Series(
                labels.get(Label.TARGET) + " " + year, target, TARGET, ChartSpec.Dash.DASH, false)));
  }

  /**
   * The report's period against the same period last year and the target, for a unit the report
   * shows by year to date only (a district in a published report).
   */
  static ChartSpec mainPeriod(ReportView view, Indicator indicator) {
    Labels labels = view.labels();
    int year = view.year();
    Period main = view.mainPeriod();
    Optional<Outcome> outcome = view.outcome(indicator.id(), main);
    return new ChartSpec(
        "period",
        ChartSpec.Kind.BAR,
        shortName(indicator) + ", " + view.periodLabel(main),
        labels.get(Label.PERIOD),
        indicator.unit(),
        indicator.isShare(),
        List.of(view.periodLabel(main)),
        List.of(
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + year,
                List.of(value(outcome)),
                THIS_YEAR,
                ChartSpec.Dash.SOLID,
                false),
            new ChartSpec.Series(
                labels.get(Label.OUTCOME) + " " + (year - 1),
                List.of(value(view.outcome(indicator.id(), main.previousYear()))),
                LAST_YEAR,
                ChartSpec.Dash.SOLID,
                false),
            new ChartSpec.Series(
                labels.get(Label.TARGET) + " " + year,
                List.of(outcome.flatMap(Outcome::target).map(BigDecimal::doubleValue)),
                TARGET,
                ChartSpec.Dash.DASH,
                false)));
  }

  static ChartSpec districts(ReportView view, Indicator indicator) {
    Labels labels = view.labels();
    Period main = view.mainPeriod();
    List<String> categories = new ArrayList<>();
    List<Optional<Double>> now = new ArrayList<>();
    List<Optional<Double>> before = new ArrayList<>();
    for (Unit district : view.districts()) {
      categories.add(district.name());
      now.add(value(view.outcome(indicator.id(), district, main)));
      before.add(value(view.outcome(indicator.id(), district, main.previousYear())));
    }
    return new ChartSpec(
        "districts",
        ChartSpec.Kind.BAR,
        labels.format(Label.DISTRICT_CHART, shortName(indicator)) + ", " + view.periodLabel(main),
        labels.get(Label.DISTRICT),
        indicator.unit(),
        indicator.isShare(),
        categories,
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
                false)));
  }

  /**
   * The years the results hold, plus the next year, with the least-squares line through the
   * outcomes: the baseline "if nothing changes" of results-based accountability.
   */
  static ChartSpec years(ReportView view, Indicator indicator) {
    Labels labels = view.labels();
    List<Integer> years = new ArrayList<>(view.years(indicator.id()));
    years.add(view.year() + 1);
    List<String> categories = new ArrayList<>();
    List<Optional<Double>> values = new ArrayList<>();
    List<Optional<Double>> targets = new ArrayList<>();
    for (int y : years) {
      categories.add(Integer.toString(y));
      Optional<Outcome> outcome = view.outcome(indicator.id(), view.mainPeriod(y));
      values.add(value(outcome));
      targets.add(outcome.flatMap(Outcome::target).map(BigDecimal::doubleValue));
    }
    return new ChartSpec(
        "years",
        ChartSpec.Kind.LINE,
        labels.format(Label.YEAR_CHART, shortName(indicator)),
        labels.get(Label.YEAR_AXIS),
        indicator.unit(),
        indicator.isShare(),
        categories,
        List.of(
            new ChartSpec.Series(
                labels.get(Label.OUTCOME), values, THIS_YEAR, ChartSpec.Dash.SOLID, true),
            new ChartSpec.Series(labels.get(Label.TARGET), targets, TARGET, ChartSpec.Dash.DASH, false),
            new ChartSpec.Series(
                labels.get(Label.TREND_LINE), trend(values), TREND, ChartSpec.Dash.DOT, false)));
  }

  /** Least squares over the points that have a value; all gaps when fewer than two. */
  static List<Optional<Double>> trend(List<Optional<Double>> values) {
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isPresent()) {
        double y = values.get(i).get();
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
      if (n < 2 || denominator == 0) {
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

  private static Optional<Double> value(Optional<Outcome> outcome) {
    return ReportView.value(outcome).map(BigDecimal::doubleValue);
  }

  /** The indicator name without a trailing clause, short enough for a chart title. */
  static String shortName(Indicator indicator) {
    String name = indicator.name();
    return name.length() <= 60 ? name : name.substring(0, name.lastIndexOf(' ', 57)) + " …";
  }
}
