package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.model.GoalRule;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Share;

class AggregationPlanTest {

  @Test
  void dedupesAggregatesAndFiltersPerSource() {
    Programme p =
        Fixtures.programme(
            Fixtures.events(false),
            GoalRule.ALL,
            Fixtures.indicator("a", Fixtures.persons("offered"), true),
            Fixtures.indicator("b", Fixtures.persons("offered"), true),
            Fixtures.indicator(
                "c", new Share(Fixtures.records("offered"), Fixtures.records(null)), false));

    AggregationPlan plan = AggregationPlan.of(p, ReportPeriod.tertial(2014, 2));

    assertThat(plan.sources()).hasSize(1);
    AggregationPlan.SourcePlan events = plan.sources().get(0);
    assertThat(events.filters()).containsExactly("offered");
    assertThat(events.aggregates())
        .extracting(AggregationPlan.PlannedAggregate::filter)
        .containsExactly(Optional.of(0), Optional.of(0), Optional.empty());
    assertThat(plan.firstMonth().toString()).isEqualTo("2013-01");
  }

  @Test
  void listsMonthsTertialsAndYearToDateOfBothYears() {
    var periods = AggregationPlan.outputPeriods(ReportPeriod.tertial(2014, 2));
    // per year: 8 months, T1, T2, Jan–Aug
    assertThat(periods).hasSize(22);
    assertThat(periods).contains(Period.yearToDate(2013, 8), Period.tertial(2014, 2));
    // per year: 12 months, 3 tertials, the year; and the eight whole years before 2013
    assertThat(AggregationPlan.outputPeriods(ReportPeriod.annual(2014)))
        .hasSize(2 * 16 + 8)
        .contains(Period.year(2013), Period.tertial(2014, 3), Period.year(2005))
        .doesNotContain(Period.year(2004));
  }

  @Test
  void masksAPeriodByItsMonthsInTheWindow() {
    AggregationPlan plan =
        AggregationPlan.of(
            Fixtures.programme(Fixtures.events(false), GoalRule.ALL), ReportPeriod.annual(2014));
    assertThat(plan.mask(Period.month(2013, 1))).isEqualTo(1);
    assertThat(plan.mask(Period.tertial(2014, 1))).isEqualTo(0b1111 << 12);
    assertThat(plan.mask(Period.month(2012, 12))).isZero();
    // earlier whole years: one bit each after the 24 months, nearest first
    assertThat(plan.mask(Period.year(2012))).isEqualTo(1 << 24);
    assertThat(plan.mask(Period.year(2005))).isEqualTo(1 << 31);
    assertThat(plan.mask(Period.year(2004))).isZero();
    assertThat(plan.bit(LocalDate.of(2012, 12, 31))).isEqualTo(24);
    assertThat(plan.bit(LocalDate.of(2013, 1, 1))).isEqualTo(0);
  }

  @Test
  void aRollingReportsWindowStartsWithTheRollingYearBeforeIt() {
    AggregationPlan plan =
        AggregationPlan.of(
            Fixtures.programme(Fixtures.events(false), GoalRule.ALL),
            ReportPeriod.rolling(2014, 5));
    // June 2012 .. May 2014: both rolling years lie in the window, month for month
    assertThat(plan.firstMonth()).isEqualTo(java.time.YearMonth.of(2012, 6));
    assertThat(plan.bit(LocalDate.of(2012, 6, 1))).isZero();
    assertThat(plan.bit(LocalDate.of(2014, 5, 31))).isEqualTo(23);
    assertThat(plan.bit(LocalDate.of(2014, 6, 1))).isEqualTo(-1);
    assertThat(plan.bit(LocalDate.of(2012, 5, 31))).isEqualTo(-1);
    for (int i = 0; i < AggregationPlan.MONTHS; i++) {
      assertThat(plan.bit(plan.month(i).atDay(15))).isEqualTo(i);
    }
    assertThat(plan.mask(Period.rolling(2014, 5))).isEqualTo(0xFFF << 12);
    assertThat(plan.mask(Period.rolling(2013, 5))).isEqualTo(0xFFF);
    // the twelve months and the rolling year, twice; no forecast-bearing year to date
    assertThat(plan.outputPeriods())
        .hasSize(2 * 13)
        .contains(Period.month(2013, 6), Period.rolling(2013, 5))
        .noneMatch(p -> p.kind() == rbs.model.PeriodKind.YEAR_TO_DATE);
  }

  @Test
  void aMonthlyReportHasItsMonthsTheWholeTertialsInThemAndTheYearToDate() {
    var periods = AggregationPlan.outputPeriods(ReportPeriod.monthly(2014, 5));
    // per year: 5 months, T1, Jan–May
    assertThat(periods)
        .hasSize(2 * 7)
        .contains(Period.yearToDate(2014, 5), Period.tertial(2013, 1));
  }
}
