package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static rbs.compute.Fixtures.A;
import static rbs.compute.Fixtures.B;
import static rbs.compute.Fixtures.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rbs.model.Baseline;
import rbs.model.Flag;
import rbs.model.GoalRule;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.rows.Row;

class BaselineTest {

  private static final LocalDate LATE = LocalDate.of(2015, 3, 1);
  private static final Period Y2012 = Period.year(2012);

  /** Random events 2010–2014 in A and B, persons seen in both districts and several years. */
  private static List<Row> randomRows(long seed) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    LocalDate first = LocalDate.of(2010, 1, 1);
    for (int i = 0; i < 3000; i++) {
      LocalDate date = first.plusDays(random.nextInt(365 * 5));
      rows.add(
          row(
              random.nextInt(2),
              date.toString(),
              1 + random.nextInt(400),
              random.nextBoolean() ? "offered" : "started"));
    }
    return rows;
  }

  private static Programme programme(Baseline baseline) {
    return Fixtures.programme(
            Fixtures.events(false),
            GoalRule.ALL,
            Fixtures.indicator("persons", Fixtures.persons("offered"), true),
            Fixtures.indicator("records", Fixtures.records(null), true))
        .withBaseline(baseline);
  }

  private static Results run(Programme p, ReportPeriod rp, List<Row> rows) {
    return new LocalEngine().compute(p, rp, LATE, Fixtures.feed(rows), Fixtures.FILTER_FACTORY);
  }

  /** Counted apart from the engine: distinct persons offered, and all records, in a year. */
  private static Map<String, Long> independent(List<Row> rows, int year) {
    Set<Long> a = new HashSet<>();
    Set<Long> b = new HashSet<>();
    Set<Long> all = new HashSet<>();
    long[] records = new long[3];
    for (Row r : rows) {
      if (r.date().getYear() != year) {
        continue;
      }
      records[r.district()]++;
      records[2]++;
      if ("offered".equals(r.get(3))) {
        (r.district() == A ? a : b).add(r.person());
        all.add(r.person());
      }
    }
    return Map.of(
        "A",
        (long) a.size(),
        "B",
        (long) b.size(),
        "whole",
        (long) all.size(),
        "recordsA",
        records[A],
        "recordsB",
        records[B],
        "records",
        records[2]);
  }

  private static Outcome outcome(Results r, String indicator, String unit, Period period) {
    return r.outcomes().stream()
        .filter(o -> o.indicatorId().equals(indicator))
        .filter(o -> o.unit().name().equals(unit))
        .filter(o -> o.period().equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome " + indicator + " " + unit + period));
  }

  private static long value(Results r, String indicator, String unit, Period period) {
    return outcome(r, indicator, unit, period).value().orElseThrow().longValueExact();
  }

  private static void assertBaseline(Results r, List<Row> rows, int year) {
    Map<String, Long> expected = independent(rows, year);
    Period p = Period.year(year);
    assertThat(value(r, "persons", "A", p)).isEqualTo(expected.get("A"));
    assertThat(value(r, "persons", "B", p)).isEqualTo(expected.get("B"));
    assertThat(value(r, "persons", "Stad", p)).isEqualTo(expected.get("whole"));
    assertThat(value(r, "records", "A", p)).isEqualTo(expected.get("recordsA"));
    assertThat(value(r, "records", "B", p)).isEqualTo(expected.get("recordsB"));
    assertThat(value(r, "records", "Stad", p)).isEqualTo(expected.get("records"));
  }

  @Test
  void aTertialReportCountsTheBaselineYearBeforeItsWindowAsAWholeYear() {
    List<Row> rows = randomRows(1);
    Results r = run(programme(Baseline.of(2012)), ReportPeriod.tertial(2014, 2), rows);

    assertBaseline(r, rows, 2012);
    // a person seen in both districts in 2012 is one person for the city, not two
    assertThat(value(r, "persons", "Stad", Y2012))
        .isLessThan(value(r, "persons", "A", Y2012) + value(r, "persons", "B", Y2012));
    // the year of the baseline only: no other year before the window, no months of it
    assertThat(r.outcomes())
        .filteredOn(o -> o.period().year() < 2013)
        .allMatch(o -> o.period().equals(Y2012));
  }

  @Test
  void monthlyRollingAndAnnualReportsCountTheSameBaseline() {
    List<Row> rows = randomRows(2);
    Programme p = programme(Baseline.of(2012));
    assertBaseline(run(p, ReportPeriod.monthly(2014, 5), rows), rows, 2012);
    // June 2012 – May 2014 is the rolling window: 2012 lies partly inside it, partly before
    assertBaseline(run(p, ReportPeriod.rolling(2014, 5), rows), rows, 2012);
    assertBaseline(run(p, ReportPeriod.annual(2014), rows), rows, 2012);
    // the year before the report year lies inside the window
    assertBaseline(
        run(programme(Baseline.of(2013)), ReportPeriod.tertial(2014, 1), rows), rows, 2013);
  }

  @Test
  void anIndicatorMayNameItsOwnBaselineYear() {
    List<Row> rows = randomRows(3);
    Programme p = programme(new Baseline(2012, Map.of("records", 2011)));
    Results r = run(p, ReportPeriod.tertial(2014, 2), rows);

    Map<String, Long> y2011 = independent(rows, 2011);
    assertThat(value(r, "records", "Stad", Period.year(2011))).isEqualTo(y2011.get("records"));
    assertThat(value(r, "persons", "Stad", Y2012)).isEqualTo(independent(rows, 2012).get("whole"));
    // each indicator shows its own baseline year only
    assertThat(r.outcomes())
        .filteredOn(o -> o.indicatorId().equals("records"))
        .noneMatch(o -> o.period().equals(Y2012));
    assertThat(r.outcomes())
        .filteredOn(o -> o.indicatorId().equals("persons"))
        .noneMatch(o -> o.period().equals(Period.year(2011)));
  }

  @Test
  void aBaselineYearWithoutDataIsMissingNotZero() {
    List<Row> rows = randomRows(4);
    rows.removeIf(row -> row.date().getYear() == 2012);
    Results r = run(programme(Baseline.of(2012)), ReportPeriod.tertial(2014, 2), rows);

    for (String unit : List.of("A", "B", "Stad")) {
      Outcome o = outcome(r, "persons", unit, Y2012);
      assertThat(o.flag()).isEqualTo(Flag.MISSING);
      assertThat(o.value()).isEmpty();
    }
    // and in the annual report, where a year before the data is otherwise left out
    Results annual = run(programme(Baseline.of(2012)), ReportPeriod.annual(2014), rows);
    assertThat(outcome(annual, "records", "Stad", Y2012).flag()).isEqualTo(Flag.MISSING);
  }

  @Test
  void aBaselineInTheReportYearOrLaterIsNotShown() {
    List<Row> rows = randomRows(5);
    Results r = run(programme(Baseline.of(2014)), ReportPeriod.tertial(2014, 2), rows);
    assertThat(r.outcomes()).noneMatch(o -> o.period().equals(Period.year(2014)));
    assertThat(r.outcomes()).noneMatch(o -> o.period().year() < 2013);
  }
}
