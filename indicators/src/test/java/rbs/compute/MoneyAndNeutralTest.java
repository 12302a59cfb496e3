package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.model.Aggregate;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.District;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Polarity;
import rbs.model.Programme;
import rbs.model.RejectLimit;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Source;
import rbs.model.Status;
import rbs.model.Target;
import rbs.model.TargetGroup;
import rbs.model.Trend;
import rbs.rows.Row;

/** Amounts of money shown in their unit, and budgets that are set beside outcomes unjudged. */
class MoneyAndNeutralTest {

  private static Source ledger() {
    return new Source(
        "medel",
        "ledger",
        "medel/*.csv",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        new rbs.model.SheetSelection.Position(1),
        1,
        List.of(
            new Column("district", ColumnType.DISTRICT, List.of("d"), Optional.empty(), true),
            new Column("date", ColumnType.DATE, List.of("date"), Optional.empty(), true),
            new Column("belopp", ColumnType.DECIMAL, List.of("belopp"), Optional.empty(), true)),
        Optional.of("district"),
        "date",
        Optional.empty(),
        false,
        false,
        RejectLimit.standard());
  }

  private static Indicator indicator(String id, String unit, Polarity polarity, Target... t) {
    return new Indicator(
        id,
        id,
        "",
        Aggregate.sum("medel", "belopp"),
        unit,
        0,
        polarity,
        BigDecimal.ONE,
        false,
        List.of(t),
        Optional.empty(),
        "");
  }

  private static Target budget(int year, String value) {
    return new Target(year, Optional.empty(), Optional.empty(), new BigDecimal(value));
  }

  private static Row spent(int district, String date, String kronor) {
    LocalDate d = LocalDate.parse(date);
    return new Row(district, d, 0, false, new Object[] {district, d, new BigDecimal(kronor)});
  }

  private static Results run(Indicator... indicators) {
    Programme p =
        new Programme(
            "m",
            "M",
            "",
            "Stad",
            "sv",
            List.of(new District("A", List.of()), new District("B", List.of())),
            5,
            List.of(
                new TargetGroup(
                    "g",
                    "G",
                    List.of(new Goal("goal", "Goal", GoalRule.ALL, List.of(indicators))))),
            List.of(ledger()),
            Path.of("p.yaml"));
    List<Row> rows = new ArrayList<>();
    rows.add(spent(0, "2017-03-01", "400000"));
    rows.add(spent(0, "2018-02-01", "696000"));
    rows.add(spent(1, "2018-06-30", "250500.50"));
    rows.add(spent(1, "2018-11-30", "3.50"));
    return new LocalEngine()
        .compute(
            p,
            ReportPeriod.annual(2018),
            LocalDate.of(2019, 2, 1),
            Fixtures.feed(rows),
            Fixtures.FILTER_FACTORY);
  }

  private static Outcome whole(Results r, String id, Period period) {
    return r.outcomes().stream()
        .filter(o -> o.indicatorId().equals(id) && o.unit().isWhole())
        .filter(o -> o.period().equals(period))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAmountInKronorIsShownInTheIndicatorsMoneyUnit() {
    Results r =
        run(
            indicator("kr", "kr", Polarity.NEUTRAL),
            indicator("tkr", "tkr", Polarity.NEUTRAL),
            indicator("mnkr", "mnkr", Polarity.NEUTRAL));

    Period year = Period.year(2018);
    // 696 000 + 250 500.50 + 3.50 kronor
    assertThat(whole(r, "kr", year).value()).contains(new BigDecimal("946504.00"));
    assertThat(whole(r, "tkr", year).value().orElseThrow()).isEqualByComparingTo("946.504");
    assertThat(whole(r, "mnkr", year).value().orElseThrow()).isEqualByComparingTo("0.946504");
  }

  @Test
  void spendingBelowOrAboveABudgetIsNeitherMetNorNotMetAndItsChangeIsNeitherBetterNorWorse() {
    Results r =
        run(
            indicator("budget", "tkr", Polarity.NEUTRAL, budget(2018, "1560")),
            indicator("judged", "tkr", Polarity.HIGHER_IS_BETTER, budget(2018, "1560")));

    Outcome year = whole(r, "budget", Period.year(2018));
    assertThat(year.target()).contains(new BigDecimal("1560"));
    assertThat(year.status()).isEqualTo(Status.NOT_JUDGED);
    // 946.5 tkr in 2018 against 400 in 2017: higher, not better
    assertThat(year.trend()).isEqualTo(Trend.HIGHER);
    assertThat(whole(r, "judged", Period.year(2018)).status()).isEqualTo(Status.NOT_MET);
    assertThat(whole(r, "judged", Period.year(2018)).trend()).isEqualTo(Trend.BETTER);
    // the goal is judged on the judged indicator alone
    GoalOutcome goal =
        r.goals().stream()
            .filter(g -> g.unit().isWhole() && g.period().equals(Period.year(2018)))
            .findFirst()
            .orElseThrow();
    assertThat(goal.status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void aGoalOfNeutralIndicatorsOnlyCannotBeAssessed() {
    Results r = run(indicator("budget", "tkr", Polarity.NEUTRAL, budget(2018, "1560")));

    assertThat(r.goals())
        .filteredOn(g -> g.unit().isWhole() && g.period().equals(Period.year(2018)))
        .extracting(GoalOutcome::status)
        .containsExactly(Status.NOT_ASSESSABLE);
  }
}
