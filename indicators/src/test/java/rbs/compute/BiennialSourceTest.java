package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static rbs.compute.Fixtures.A;
import static rbs.compute.Fixtures.B;
import static rbs.compute.Fixtures.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import rbs.model.Flag;
import rbs.model.GoalRule;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Periodicity;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Source;
import rbs.model.Trend;
import rbs.rows.Row;

/** A survey made every second year: the other years are not measured, and trends skip them. */
class BiennialSourceTest {

  private static Source everySecondYear() {
    Source s = Fixtures.events(false);
    return new Source(
        s.name(),
        s.description(),
        s.path(),
        s.format(),
        s.encoding(),
        s.delimiter(),
        s.sheets(),
        s.headerRow(),
        s.columns(),
        s.districtColumn(),
        s.dateColumn(),
        s.personColumn(),
        s.optional(),
        s.monthly(),
        s.rejectLimit(),
        new Periodicity(2, 2012));
  }

  private static Programme programme() {
    return Fixtures.programme(
        everySecondYear(), GoalRule.ALL, Fixtures.indicator("n", Fixtures.records(null), false));
  }

  private static Results run(ReportPeriod report, LocalDate asOf, List<Row> rows) {
    return new LocalEngine()
        .compute(programme(), report, asOf, Fixtures.feed(rows), Fixtures.FILTER_FACTORY);
  }

  private static Outcome whole(Results r, Period p) {
    return r.outcomes().stream()
        .filter(o -> o.unit().isWhole() && o.period().equals(p))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + p));
  }

  /** Answers in the survey months: 30 in 2012, 20 in 2014 (A and B). */
  private static List<Row> answers() {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 15; i++) {
      rows.add(row(i % 2 == 0 ? A : B, "2012-03-1" + (i % 9), 100 + i, "offered"));
      rows.add(row(i % 2 == 0 ? A : B, "2012-04-1" + (i % 9), 200 + i, "offered"));
    }
    for (int i = 0; i < 20; i++) {
      rows.add(row(i % 2 == 0 ? A : B, "2014-03-1" + (i % 9), 300 + i, "offered"));
    }
    return rows;
  }

  @Test
  void aYearWithoutASurveyIsNotMeasuredNotMissingAndTheTrendComparesWithTheSurveyBefore() {
    Results r = run(ReportPeriod.annual(2014), LocalDate.of(2015, 2, 15), answers());

    Outcome y2013 = whole(r, Period.year(2013));
    assertThat(y2013.flag()).isEqualTo(Flag.NOT_MEASURED);
    assertThat(y2013.value()).isEmpty();
    Outcome y2014 = whole(r, Period.year(2014));
    assertThat(y2014.value().orElseThrow()).isEqualByComparingTo("20");
    // 20 against 2012's 30, not against 2013's nothing
    assertThat(y2014.trend()).isEqualTo(Trend.WORSE);
    assertThat(whole(r, Period.year(2012)).value().orElseThrow()).isEqualByComparingTo("30");
    assertThat(r.missing()).isEmpty();
    // earlier years without a survey are left out like years before the data, never shown as "."
    assertThat(r.outcomes())
        .noneMatch(o -> o.period().year() < 2013 && o.flag() == Flag.NOT_MEASURED);
    assertThat(r.outcomes()).noneMatch(o -> o.period().year() < 2012);
  }

  @Test
  void aTertialReportInAYearWithoutASurveyShowsItAsNotMeasured() {
    Results r = run(ReportPeriod.tertial(2015, 2), LocalDate.of(2015, 9, 15), answers());

    Outcome ytd = whole(r, Period.yearToDate(2015, 8));
    assertThat(ytd.flag()).isEqualTo(Flag.NOT_MEASURED);
    assertThat(ytd.trend()).isEqualTo(Trend.NOT_COMPARABLE);
    // last year's survey is there, and nothing counts as missing
    assertThat(whole(r, Period.yearToDate(2014, 8)).value().orElseThrow())
        .isEqualByComparingTo("20");
    assertThat(r.missing()).isEmpty();
  }
}
