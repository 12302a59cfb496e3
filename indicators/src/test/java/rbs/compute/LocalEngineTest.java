package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rbs.compute.Fixtures.A;
import static rbs.compute.Fixtures.B;
import static rbs.compute.Fixtures.row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.InputException;
import rbs.model.Flag;
import rbs.model.GoalOutcome;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.InputFile;
import rbs.model.MissingData;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.Source;
import rbs.model.Status;
import rbs.model.Trend;
import rbs.model.Unit;
import rbs.rows.Reject;
import rbs.rows.RejectSink;
import rbs.rows.Row;
import rbs.rows.RowSink;
import rbs.rows.SourceFeed;

class LocalEngineTest {

  private static final ReportPeriod T1 = ReportPeriod.tertial(2014, 1);
  private static final LocalDate LATE = LocalDate.of(2015, 1, 15);
  private static final Period YTD = Period.yearToDate(2014, 4);

  private static Results run(Programme p, ReportPeriod rp, LocalDate asOf, List<Row> rows) {
    return new LocalEngine().compute(p, rp, asOf, Fixtures.feed(rows), Fixtures.FILTER_FACTORY);
  }

  /** A district's index, -1 for the whole (as the tests name units). */
  private static int position(Unit unit) {
    return unit.isWhole() ? -1 : unit.index();
  }

  private static Outcome outcome(Results r, String indicator, int unit, Period period) {
    return r.outcomes().stream()
        .filter(o -> o.indicatorId().equals(indicator))
        .filter(o -> position(o.unit()) == unit)
        .filter(o -> o.period().equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome " + indicator + unit + period));
  }

  private static BigDecimal value(Results r, String indicator, int unit, Period period) {
    return outcome(r, indicator, unit, period).value().orElseThrow();
  }

  private static final int WHOLE = -1;

  // P1 in A in January and March; P2 in A and in B in February; P3 in B in April.
  private static List<Row> personRows() {
    return Fixtures.rows(
        row(A, "2014-01-10", 1, "offered"),
        row(A, "2014-03-05", 1, "offered"),
        row(A, "2014-02-01", 2, "offered"),
        row(B, "2014-02-20", 2, "offered"),
        row(B, "2014-04-01", 3, "offered"));
  }

  private static Programme personsProgramme() {
    return Fixtures.programme(
        Fixtures.events(false),
        GoalRule.ALL,
        Fixtures.indicator("persons", Fixtures.persons(null), true),
        Fixtures.indicator("records", Fixtures.records(null), true));
  }

  @Test
  void countsPersonOncePerPeriodAndLevel() {
    Results r = run(personsProgramme(), T1, LATE, personRows());

    // A: P1 (Jan, Mar), P2 (Feb): months 1,1,1,0 but 2 persons year-to-date, not 3
    assertThat(value(r, "persons", A, Period.month(2014, 1))).isEqualByComparingTo("1");
    assertThat(value(r, "persons", A, Period.month(2014, 4))).isEqualByComparingTo("0");
    assertThat(value(r, "persons", A, YTD)).isEqualByComparingTo("2");
    assertThat(value(r, "persons", A, Period.tertial(2014, 1))).isEqualByComparingTo("2");
    // B: P2 (Feb), P3 (Apr)
    assertThat(value(r, "persons", B, YTD)).isEqualByComparingTo("2");
    // city: P2 counted once in February and year-to-date: 3, not 2 + 2
    assertThat(value(r, "persons", WHOLE, Period.month(2014, 2))).isEqualByComparingTo("1");
    assertThat(value(r, "persons", WHOLE, YTD)).isEqualByComparingTo("3");
    // records are summed: A 3, B 2, city 5
    assertThat(value(r, "records", A, YTD)).isEqualByComparingTo("3");
    assertThat(value(r, "records", WHOLE, YTD)).isEqualByComparingTo("5");
    assertThat(value(r, "records", WHOLE, Period.month(2014, 2))).isEqualByComparingTo("2");
  }

  @Test
  void coversEveryUnitAndPeriodInDeclarationOrder() {
    Results r = run(personsProgramme(), T1, LATE, personRows());

    // 2 indicators × 3 units × (2 years × (4 months + T1 + YTD)) + forecast per unit
    assertThat(r.outcomes()).hasSize(2 * 3 * (12 + 1));
    Outcome first = r.outcomes().get(0);
    assertThat(first.indicatorId()).isEqualTo("persons");
    assertThat(first.unit().name()).isEqualTo("A");
    assertThat(first.period()).isEqualTo(Period.month(2013, 1));
    // periods chronological by start, then shorter first: the forecast follows the YTD
    assertThat(r.outcomes().get(9).period()).isEqualTo(Period.forecast(2014));
    assertThat(r.outcomes().get(12).unit().name()).isEqualTo("A");
    assertThat(r.outcomes().get(12).period()).isEqualTo(Period.month(2014, 4));
    assertThat(r.outcomes().get(13 * 2).unit().isWhole()).isTrue();
    assertThat(r.outcomes().get(13 * 2).unit().name()).isEqualTo("Stad");
  }

  @Test
  void aMunicipalityWithoutDistrictsIsOneUnitMissingTheMonthsItDidNotDeliver() {
    Programme base =
        Fixtures.programme(
            Fixtures.events(true),
            GoalRule.ALL,
            Fixtures.indicator("n", Fixtures.persons(null), false));
    Programme ekero =
        new Programme(
            base.id(),
            base.name(),
            base.vision(),
            "Ekerö",
            base.language(),
            List.of(),
            base.disclosureThreshold(),
            base.targetGroups(),
            base.sources(),
            base.file());
    List<Row> rows =
        Fixtures.rows(
            row(Row.NO_DISTRICT, "2014-01-10", 1, "offered"),
            row(Row.NO_DISTRICT, "2014-03-10", 1, "offered"),
            row(Row.NO_DISTRICT, "2014-03-11", 2, "offered"));

    Results r = run(ekero, T1, LATE, rows);

    assertThat(r.outcomes()).extracting(Outcome::unit).containsOnly(new Unit.Municipality("Ekerö"));
    assertThat(outcome(r, "n", -1, Period.month(2014, 1)).value()).contains(BigDecimal.ONE);
    assertThat(outcome(r, "n", -1, Period.month(2014, 2)).flag()).isEqualTo(Flag.MISSING);
    assertThat(outcome(r, "n", -1, Period.month(2014, 3)).value()).contains(BigDecimal.valueOf(2));
    Outcome ytd = outcome(r, "n", -1, YTD);
    assertThat(ytd.value()).contains(BigDecimal.valueOf(2));
    assertThat(ytd.incomplete()).isTrue();
    assertThat(r.missing())
        .contains(
            new MissingData("events", "Ekerö", YearMonth.of(2014, 2)),
            new MissingData("events", "Ekerö", YearMonth.of(2014, 4)));
  }

  @Test
  void comparesWithThePreviousYear() {
    List<Row> rows = personRows();
    rows.add(row(A, "2013-02-01", 7, "offered"));
    rows.add(row(A, "2013-02-02", 8, "offered"));
    rows.add(row(A, "2013-02-03", 9, "offered"));
    rows.add(row(B, "2013-01-01", 3, "offered"));
    Results r = run(personsProgramme(), T1, LATE, rows);

    // A: 3 persons in 2013, 2 in 2014 -> worse; B: 1 then 2 -> better; city 4 -> 3 -> worse
    assertThat(outcome(r, "persons", A, YTD).trend()).isEqualTo(Trend.WORSE);
    assertThat(outcome(r, "persons", B, YTD).trend()).isEqualTo(Trend.BETTER);
    assertThat(value(r, "persons", WHOLE, YTD.previousYear())).isEqualByComparingTo("4");
    assertThat(outcome(r, "persons", WHOLE, YTD).trend()).isEqualTo(Trend.WORSE);
    // April: B 0 -> 1 better; A 0 -> 0 unchanged; last year's own trend has nothing to compare
    assertThat(outcome(r, "persons", B, Period.month(2014, 4)).trend()).isEqualTo(Trend.BETTER);
    assertThat(outcome(r, "persons", A, Period.month(2014, 4)).trend()).isEqualTo(Trend.UNCHANGED);
    assertThat(outcome(r, "persons", A, YTD.previousYear()).trend())
        .isEqualTo(Trend.NOT_COMPARABLE);
  }

  @Test
  void annualReportAddsTheEarlierYearsTheDataCoverWithTheirTrend() {
    List<Row> rows = personRows();
    // 2011: P5 twice in A, P6 in A and B; 2012: P5 in A; 2013: P5, P7 in A; nothing before 2011
    rows.add(row(A, "2011-03-01", 5, "offered"));
    rows.add(row(A, "2011-09-01", 5, "offered"));
    rows.add(row(A, "2011-05-01", 6, "offered"));
    rows.add(row(B, "2011-06-01", 6, "offered"));
    rows.add(row(A, "2012-12-31", 5, "offered"));
    rows.add(row(A, "2013-01-01", 5, "offered"));
    rows.add(row(A, "2013-07-01", 7, "offered"));
    rows.add(row(A, "2004-07-01", 8, "offered")); // beyond the eight earlier years: not read
    Results r = run(personsProgramme(), ReportPeriod.annual(2014), LATE, rows);

    // distinct persons per whole year, per district and for the city (not a sum of districts)
    assertThat(value(r, "persons", A, Period.year(2011))).isEqualByComparingTo("2");
    assertThat(value(r, "persons", B, Period.year(2011))).isEqualByComparingTo("1");
    assertThat(value(r, "persons", WHOLE, Period.year(2011))).isEqualByComparingTo("2");
    assertThat(value(r, "records", WHOLE, Period.year(2011))).isEqualByComparingTo("4");
    assertThat(value(r, "persons", A, Period.year(2012))).isEqualByComparingTo("1");
    // B delivered nothing in 2012: missing, not zero; the city has A's rows
    assertThat(outcome(r, "persons", B, Period.year(2012)).flag()).isEqualTo(Flag.MISSING);
    assertThat(value(r, "persons", WHOLE, Period.year(2012))).isEqualByComparingTo("1");
    // each year against the one before: A 2 -> 1 worse, 1 -> 2 (2013) better
    assertThat(outcome(r, "persons", A, Period.year(2011)).trend()).isEqualTo(Trend.NOT_COMPARABLE);
    assertThat(outcome(r, "persons", A, Period.year(2012)).trend()).isEqualTo(Trend.WORSE);
    assertThat(outcome(r, "persons", A, Period.year(2013)).trend()).isEqualTo(Trend.BETTER);
    // years before the data begin are not reported at all, and 2004 lies beyond the bits
    assertThat(r.outcomes()).noneMatch(o -> o.period().year() < 2011);
    // the eight earlier years stay out of a tertial report
    Results t1 = run(personsProgramme(), T1, LATE, rows);
    assertThat(t1.outcomes()).noneMatch(o -> o.period().year() < 2013);
  }

  @Test
  void aYearWithoutAnyRowsOfASourceThatIsBusyTheOtherYearIsMissingNotZero() {
    // an event source (not monthly): no rows at all in 2013, 12 in 2014 -> the 2013 file is not
    // in place; counting it as zero would show every district "better" than last year
    List<Row> twelve = personRows();
    for (int i = 0; i < Coverage.IMPLAUSIBLY_EMPTY - 5; i++) {
      twelve.add(row(A, "2014-02-0" + (i + 1), 20 + i, "offered"));
    }
    Results r = run(personsProgramme(), T1, LATE, twelve);

    Outcome lastYear = outcome(r, "records", A, YTD.previousYear());
    assertThat(lastYear.flag()).isEqualTo(Flag.MISSING);
    assertThat(lastYear.value()).isEmpty();
    assertThat(outcome(r, "records", WHOLE, YTD.previousYear()).flag()).isEqualTo(Flag.MISSING);
    assertThat(outcome(r, "records", A, YTD).trend()).isEqualTo(Trend.NOT_COMPARABLE);
    assertThat(r.missing())
        .contains(new MissingData("events", "A", YearMonth.of(2013, 1)))
        .noneMatch(m -> m.month().getYear() == 2014);

    // one row in 2013 is enough: then an empty district-month of an event source is zero
    List<Row> rows = new java.util.ArrayList<>(twelve);
    rows.add(row(B, "2013-03-01", 9, "offered"));
    Results both = run(personsProgramme(), T1, LATE, rows);
    assertThat(value(both, "records", A, YTD.previousYear())).isEqualByComparingTo("0");
    assertThat(both.missing()).isEmpty();
    // a rare-event source (fewer than 12 rows in 2014) may well have none in 2013: zeros stay
    Results rare = run(personsProgramme(), T1, LATE, personRows());
    assertThat(value(rare, "records", A, YTD.previousYear())).isEqualByComparingTo("0");
    assertThat(rare.missing()).isEmpty();
  }

  @Test
  void sharesAreSumsOfCountsAndZeroDenominatorGivesNoValue() {
    Indicator share =
        Fixtures.indicator(
            "share",
            new Share(Fixtures.records("started"), Fixtures.records(null)),
            false,
            Fixtures.target(2014, "50"));
    Programme p = Fixtures.programme(Fixtures.events(false), GoalRule.ALL, share);
    List<Row> rows =
        Fixtures.rows(
            row(A, "2014-01-10", 1, "started"),
            row(A, "2014-01-11", 2, "offered"),
            row(A, "2014-02-11", 2, "offered"),
            row(B, "2014-03-01", 3, "started"));
    Results r = run(p, T1, LATE, rows);

    Outcome a = outcome(r, "share", A, YTD);
    // A: 1 of 3 = 33.33… %; judged on 33 against 50 × 0.9 = 45: not met
    assertThat(a.value()).contains(new BigDecimal("33.3333333333"));
    assertThat(a.numerator()).contains(BigDecimal.ONE);
    assertThat(a.denominator()).contains(BigDecimal.valueOf(3));
    assertThat(a.status()).isEqualTo(Status.NOT_MET);
    // city: (1 + 1) / (3 + 1) = 50 %, not the mean of 33.3 and 100
    assertThat(value(r, "share", WHOLE, YTD)).isEqualByComparingTo("50");
    assertThat(outcome(r, "share", WHOLE, YTD).status()).isEqualTo(Status.MET);
    // B in January: 0 of 0 -> no value, "-", not assessable
    Outcome bJan = outcome(r, "share", B, Period.month(2014, 1));
    assertThat(bJan.value()).isEmpty();
    assertThat(bJan.numerator()).contains(BigDecimal.ZERO);
    assertThat(bJan.denominator()).contains(BigDecimal.ZERO);
    assertThat(bJan.flag()).isEqualTo(Flag.MISSING);
    assertThat(bJan.status()).isEqualTo(Status.NOT_ASSESSABLE);
    // a share target is not pro-rated: 50 applies to a month too
    assertThat(outcome(r, "share", A, Period.month(2014, 1)).target())
        .contains(new BigDecimal("50"));
  }

  /** Both districts deliver every month of both years except B in March 2014. */
  private static List<Row> monthlyRows() {
    List<Row> rows = Fixtures.rows();
    long person = 100;
    for (int year : new int[] {2013, 2014}) {
      for (int m = 1; m <= 4; m++) {
        for (int d : new int[] {A, B}) {
          if (year == 2014 && m == 3 && d == B) {
            continue;
          }
          rows.add(row(d, String.format("%d-%02d-15", year, m), person++, "offered"));
        }
      }
    }
    return rows;
  }

  @Test
  void districtWithoutRowsInAMonthIsMissingNotZero() {
    Programme p =
        Fixtures.programme(
            Fixtures.events(true),
            GoalRule.ALL,
            Fixtures.indicator("records", Fixtures.records(null), true));
    Results r = run(p, T1, LATE, monthlyRows());

    assertThat(r.missing()).containsExactly(new MissingData("events", "B", YearMonth.of(2014, 3)));
    Outcome bMarch = outcome(r, "records", B, Period.month(2014, 3));
    assertThat(bMarch.value()).isEmpty();
    assertThat(bMarch.flag()).isEqualTo(Flag.MISSING);
    assertThat(bMarch.status()).isEqualTo(Status.NOT_ASSESSABLE);
    // B year-to-date: 3 rows over the 3 months it delivered, marked incomplete, no trend
    Outcome bYtd = outcome(r, "records", B, YTD);
    assertThat(bYtd.value()).contains(BigDecimal.valueOf(3));
    assertThat(bYtd.incomplete()).isTrue();
    assertThat(bYtd.trend()).isEqualTo(Trend.NOT_COMPARABLE);
    // the city in March has A's data only: a value, but incomplete
    Outcome cityMarch = outcome(r, "records", WHOLE, Period.month(2014, 3));
    assertThat(cityMarch.value()).contains(BigDecimal.ONE);
    assertThat(cityMarch.incomplete()).isTrue();
    assertThat(outcome(r, "records", A, YTD).incomplete()).isFalse();
    assertThat(outcome(r, "records", A, YTD).trend()).isEqualTo(Trend.UNCHANGED);
  }

  @Test
  void theCitysTrendOverAMissingDistrictMonthComparesTheDistrictsThatDeliveredBothYears() {
    Programme p =
        Fixtures.programme(
            Fixtures.events(true),
            GoalRule.ALL,
            Fixtures.indicator("records", Fixtures.records(null), true));
    List<Row> rows = monthlyRows(); // B delivers nothing in March 2014
    rows.add(row(A, "2014-02-10", 900, "offered"));
    rows.add(row(A, "2014-02-11", 901, "offered"));
    for (int i = 0; i < 5; i++) {
      rows.add(row(B, "2013-02-1" + i, 910 + i, "offered"));
    }
    Results r = run(p, T1, LATE, rows);

    // the whole city fell (13 -> 9) only because B's March is missing; A alone rose 4 -> 6
    Outcome city = outcome(r, "records", WHOLE, YTD);
    assertThat(city.incomplete()).isTrue();
    assertThat(value(r, "records", WHOLE, YTD)).isEqualByComparingTo("9");
    assertThat(value(r, "records", WHOLE, YTD.previousYear())).isEqualByComparingTo("13");
    assertThat(city.trend()).isEqualTo(Trend.BETTER);
    assertThat(city.trendWithout()).containsExactly("B");
    assertThat(city.partialTrend()).isTrue();
    // March: A 1 -> 1; January, complete everywhere, compares the whole city
    Outcome march = outcome(r, "records", WHOLE, Period.month(2014, 3));
    assertThat(march.trend()).isEqualTo(Trend.UNCHANGED);
    assertThat(march.trendWithout()).containsExactly("B");
    Outcome january = outcome(r, "records", WHOLE, Period.month(2014, 1));
    assertThat(january.trend()).isEqualTo(Trend.UNCHANGED);
    assertThat(january.trendWithout()).isEmpty();
    // a district's own incomplete outcome still has no trend
    assertThat(outcome(r, "records", B, YTD).trend()).isEqualTo(Trend.NOT_COMPARABLE);
    assertThat(outcome(r, "records", B, YTD).trendWithout()).isEmpty();
  }

  @Test
  void monthsNotBegunAtTheAsOfDateHaveNoDataAndAreNotListedMissing() {
    Programme p =
        Fixtures.programme(
            Fixtures.events(true),
            GoalRule.ALL,
            Fixtures.indicator("records", Fixtures.records(null), true));
    Results r = run(p, T1, LocalDate.of(2014, 3, 31), monthlyRows());

    assertThat(r.missing()).containsExactly(new MissingData("events", "B", YearMonth.of(2014, 3)));
    Outcome april = outcome(r, "records", WHOLE, Period.month(2014, 4));
    assertThat(april.value()).isEmpty();
    assertThat(april.flag()).isEqualTo(Flag.MISSING);
    assertThat(outcome(r, "records", A, YTD).incomplete()).isTrue();
    // the April row is dated after the as-of date: not counted
    assertThat(outcome(r, "records", A, YTD).value()).contains(BigDecimal.valueOf(3));
  }

  /**
   * A row dated on "today" counts and one dated the day after does not, at the end of March, at the
   * end of February and within January alike (the date is compared as a day number).
   */
  @Test
  void rowsDatedAfterTheAsOfDayAreNotCountedToTheDay() {
    Programme p =
        Fixtures.programme(
            Fixtures.events(false),
            GoalRule.ALL,
            Fixtures.indicator("records", Fixtures.records(null), true));
    String[][] days = {
      {"2014-03-31", "2014-04-01"}, {"2014-02-28", "2014-03-01"}, {"2014-01-09", "2014-01-10"}
    };
    for (String[] day : days) {
      LocalDate asOf = LocalDate.parse(day[0]);
      Results r =
          run(
              p,
              T1,
              asOf,
              Fixtures.rows(
                  row(A, day[0], 1, "offered"),
                  row(A, day[1], 2, "offered"),
                  row(A, "2013-12-31", 3, "offered"),
                  row(A, "2014-12-31", 4, "offered")));
      assertThat(value(r, "records", A, YTD)).as("as of %s", asOf).isEqualByComparingTo("1");
    }
  }

  @Test
  void proRatesFlowTargetsAndJudgesFulfilment() {
    // target 2014: 12 a year -> 4 for Jan–Apr, 1 a month; A has 3 rows (partly: 3 < 4, >= 3.6? no)
    Programme p =
        Fixtures.programme(
            Fixtures.events(false),
            GoalRule.ALL,
            Fixtures.indicator(
                "records",
                Fixtures.records(null),
                true,
                Fixtures.target(2014, "12"),
                Fixtures.target(2014, "A", "12"),
                Fixtures.target(2014, "B", "12")));
    Results r = run(p, T1, LATE, personRows());

    assertThat(outcome(r, "records", A, YTD).target()).contains(new BigDecimal("4"));
    assertThat(outcome(r, "records", A, YTD).status()).isEqualTo(Status.NOT_MET); // 3 < 3.6
    assertThat(outcome(r, "records", WHOLE, YTD).status()).isEqualTo(Status.MET); // 5 >= 4
    assertThat(outcome(r, "records", A, Period.month(2014, 1)).target())
        .contains(new BigDecimal("1"));
    assertThat(outcome(r, "records", A, Period.month(2014, 1)).status()).isEqualTo(Status.MET);
    assertThat(outcome(r, "records", A, Period.month(2014, 4)).status()).isEqualTo(Status.NOT_MET);
    // 2013 has no target: not assessable
    assertThat(outcome(r, "records", A, YTD.previousYear()).status())
        .isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  void forecastsTheFullYearSeasonallyFromLastYearElseLinearly() {
    List<Row> rows = personRows();
    // A in 2013: 2 rows Jan–Apr, 10 in the whole year
    rows.add(row(A, "2013-01-05", 9, "offered"));
    rows.add(row(A, "2013-02-05", 9, "offered"));
    for (int m = 5; m <= 12; m++) {
      rows.add(row(A, String.format("2013-%02d-05", m), 9, "offered"));
    }
    Results r =
        run(
            Fixtures.programme(
                Fixtures.events(false),
                GoalRule.ALL,
                Fixtures.indicator(
                    "records",
                    Fixtures.records(null),
                    true,
                    Fixtures.target(2014, "12"),
                    Fixtures.target(2014, "A", "12"),
                    Fixtures.target(2014, "B", "12"))),
            T1,
            LATE,
            rows);

    Outcome a = outcome(r, "records", A, Period.forecast(2014));
    // seasonal: 3 × 10 / 2 = 15, against the annual target 12: met
    assertThat(a.value()).contains(new BigDecimal("15"));
    assertThat(a.target()).contains(new BigDecimal("12"));
    assertThat(a.status()).isEqualTo(Status.MET);
    // B had nothing in 2013: linear 2 × 12 / 4 = 6 (6 < 10.8: not met)
    Outcome b = outcome(r, "records", B, Period.forecast(2014));
    assertThat(b.value()).contains(new BigDecimal("6"));
    assertThat(b.status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void judgesGoalsFromTheirIndicators() {
    Programme p =
        Fixtures.programme(
            Fixtures.events(false),
            GoalRule.ALL,
            Fixtures.indicator(
                "persons",
                Fixtures.persons(null),
                true,
                Fixtures.target(2014, "6"),
                Fixtures.target(2014, "A", "6"),
                Fixtures.target(2014, "B", "6")),
            Fixtures.indicator(
                "records",
                Fixtures.records(null),
                true,
                Fixtures.target(2014, "12"),
                Fixtures.target(2014, "A", "12"),
                Fixtures.target(2014, "B", "12")));
    Results r = run(p, T1, LATE, personRows());

    // city YTD: persons 3 vs 2 (met), records 5 vs 4 (met) -> met; A: 2 vs 2 met, 3 vs 4 not met
    assertThat(goal(r, WHOLE, YTD)).isEqualTo(Status.MET);
    assertThat(goal(r, A, YTD)).isEqualTo(Status.PARTLY);
    assertThat(goal(r, A, YTD.previousYear())).isEqualTo(Status.NOT_ASSESSABLE);
  }

  private static Status goal(Results r, int unit, Period p) {
    return r.goals().stream()
        .filter(g -> position(g.unit()) == unit && g.period().equals(p))
        .map(GoalOutcome::status)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void failsWhenASourceRejectsTooManyRows() {
    Programme p = personsProgramme();
    Results ok = run(p, T1, LATE, personRows());
    assertThat(ok.inputs()).hasSize(1);

    assertThatThrownBy(
            () ->
                new LocalEngine()
                    .compute(
                        p,
                        T1,
                        LATE,
                        (source, sink, rejects) -> {
                          rejects.reject(new Reject("events", "events/x.csv", 2, "date", "bad"));
                          rejects.reject(new Reject("events", "events/y.csv", 2, "date", "bad"));
                          rejects.reject(new Reject("events", "events/y.csv", 3, "date", "bad"));
                          return List.of(
                              new InputFile("events", "events/x.csv", "00", 10, 9, 1),
                              new InputFile("events", "events/y.csv", "00", 10, 8, 2));
                        },
                        Fixtures.FILTER_FACTORY))
        .isInstanceOf(InputException.class)
        // the file with most of the bad rows, and no word of rejects.csv (a failed run keeps them
        // in rejects-failed.csv, which the job names)
        .hasMessage(
            "events/y.csv: source events: 3 of 20 rows rejected, more than its reject limit"
                + " allows (2 of them in this file)");
  }

  @Test
  void aFilterFailingOnRowsIsALocatedErrorNotAFalse() {
    Programme base =
        Fixtures.programme(
            Fixtures.events(false),
            GoalRule.ALL,
            Fixtures.indicator("failing", Fixtures.persons("offered"), true));
    Programme p =
        new Programme(
            base.id(),
            base.name(),
            base.vision(),
            base.municipality(),
            base.language(),
            base.districts(),
            base.disclosureThreshold(),
            base.targetGroups(),
            base.sources(),
            base.file(),
            List.of(new rbs.model.FilterSite("events", "offered", 40, 17)),
            base.publication());
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(
          new Row(
              A,
              LocalDate.of(2014, 2, 1 + i),
              i,
              true,
              new Object[] {A, (long) i, LocalDate.of(2014, 2, 1 + i), "offered"},
              "events/x.csv",
              7 + i));
    }
    rbs.filter.FilterFactory failing =
        (source, expr) ->
            row -> {
              if (row.line() >= 9) {
                throw new rbs.filter.FilterFailure(
                    "a division by zero at character 5 of the filter");
              }
              return true;
            };

    assertThatThrownBy(() -> new LocalEngine().compute(p, T1, LATE, Fixtures.feed(rows), failing))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
        .hasMessage(
            "programme.yaml:40:17: filter of source 'events' failed on 3 rows, the first at"
                + " events/x.csv:9: a division by zero at character 5 of the filter; no indicator"
                + " can count rows its filter cannot decide on, so fix the filter");
  }

  /**
   * A source that fails half way, after its persons went to disk (a heap of one byte keeps 64
   * entries in memory), stops the run with its own error and leaves no temporary files behind.
   */
  @Test
  void aSourceThatFailsAfterSpillingLeavesNoFilesBehind() throws java.io.IOException {
    java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    List<java.nio.file.Path> before = spillFolders(tmp);
    SourceFeed halfThenBroken =
        (source, sink, rejects) -> {
          for (int i = 0; i < 1000; i++) {
            sink.accept(row(i % 2 == 0 ? A : B, "2014-02-03", 1_000_000L + i, "offered"));
          }
          assertThat(spillFolders(tmp)).hasSize(before.size() + 1);
          throw InputException.unavailable(rbs.Location.of("events/y.csv"), "cannot be read");
        };
    assertThatThrownBy(
            () ->
                new LocalEngine(EngineListener.NONE, 1)
                    .compute(personsProgramme(), T1, LATE, halfThenBroken, Fixtures.FILTER_FACTORY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("events/y.csv");
    assertThat(spillFolders(tmp)).isEqualTo(before);
  }

  private static List<java.nio.file.Path> spillFolders(java.nio.file.Path tmp) {
    try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.list(tmp)) {
      return all.filter(f -> f.getFileName().toString().startsWith("rbs-persons-"))
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void summarisesRejectsPerSourceColumnAndReason() {
    Results r =
        new LocalEngine()
            .compute(
                personsProgramme(),
                T1,
                LATE,
                (source, sink, rejects) -> {
                  rejects.reject(new Reject("events", "x.csv", 3, "date", "not a date"));
                  rejects.reject(new Reject("events", "x.csv", 5, "date", "not a date"));
                  rejects.reject(new Reject("events", "x.csv", 4, "person", "invalid check digit"));
                  return List.of(new InputFile("events", "x.csv", "00", 100, 97, 3));
                },
                Fixtures.FILTER_FACTORY);

    assertThat(r.rejects())
        .extracting(s -> s.column() + ":" + s.reason() + ":" + s.rows())
        .containsExactly("date:not a date:2", "person:invalid check digit:1");
    assertThat(Optional.of(r.inputs().get(0).rowsUsed())).contains(97L);
  }

  /**
   * A feed that reads two files on two threads of its own, the second file's thread first and to
   * its end, each thread's rows into a sink of its own; its files in path order.
   */
  private static SourceFeed twoReaders(List<Row> first, List<Row> second) {
    return new SourceFeed() {
      @Override
      public List<InputFile> feed(Source source, RowSink rows, RejectSink rejects) {
        first.forEach(rows::accept);
        second.forEach(rows::accept);
        return files(source);
      }

      @Override
      public List<InputFile> feedEach(
          Source source, java.util.function.Supplier<RowSink> sinks, RejectSink rejects) {
        for (List<Row> rows : List.of(second, first)) {
          Thread t = new Thread(() -> rows.forEach(sinks.get()::accept));
          t.start();
          try {
            t.join();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        }
        return files(source);
      }

      @Override
      public int readers() {
        return 2;
      }

      private List<InputFile> files(Source source) {
        return List.of(
            new InputFile(source.name(), "events/x.csv", "00", first.size(), first.size(), 0),
            new InputFile(source.name(), "events/y.csv", "00", second.size(), second.size(), 0));
      }
    };
  }

  private static List<Row> rowsOf(String file, int from, int count) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = from; i < from + count; i++) {
      Row r = row(i % 3 == 0 ? B : A, "2014-0" + (1 + i % 4) + "-1" + i % 9, i % 7, "offered");
      rows.add(new Row(r.district(), r.date(), r.person(), true, values(r), file, 2 + i));
    }
    return rows;
  }

  private static Object[] values(Row r) {
    Object[] v = new Object[4];
    for (int c = 0; c < 4; c++) {
      v[c] = r.has(c) ? r.get(c) : null;
    }
    return v;
  }

  /**
   * Rows read on two threads, each into an accumulator of its own (persons in both files), give
   * every number that one reader gives; and a filter that fails in both files is reported at the
   * first failing row of the first file, whichever thread met its failure first.
   */
  @Test
  void twoReadersCountAsOneAndNameTheFirstFailingRowInFileOrder() {
    List<Row> x = rowsOf("events/x.csv", 0, 40);
    List<Row> y = rowsOf("events/y.csv", 20, 40);
    Results one =
        new LocalEngine()
            .compute(
                personsProgramme(),
                T1,
                LATE,
                (source, sink, rej) -> {
                  x.forEach(sink::accept);
                  y.forEach(sink::accept);
                  return List.of();
                },
                Fixtures.FILTER_FACTORY);
    Results two =
        new LocalEngine()
            .compute(personsProgramme(), T1, LATE, twoReaders(x, y), Fixtures.FILTER_FACTORY);
    assertThat(two.outcomes()).isEqualTo(one.outcomes());
    assertThat(two.outcomes()).anyMatch(o -> o.value().isPresent() && o.value().get().signum() > 0);

    Programme filtered =
        Fixtures.programme(
            Fixtures.events(false),
            GoalRule.ALL,
            Fixtures.indicator("filtered", Fixtures.persons("offered"), true));
    rbs.filter.FilterFactory failing =
        (source, expr) ->
            row -> {
              if (row.line() % 5 == 0) {
                throw new rbs.filter.FilterFailure("a division by zero");
              }
              return true;
            };
    assertThatThrownBy(
            () -> new LocalEngine().compute(filtered, T1, LATE, twoReaders(x, y), failing))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("failed on 16 rows, the first at events/x.csv:5: a division by zero");
  }
}
