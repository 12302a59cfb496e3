package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.Period;
import rbs.model.Polarity;
import rbs.model.Programme;
import rbs.model.Status;
import rbs.model.Target;
import rbs.model.Trend;
import rbs.model.Unit;

class FulfilmentTest {

  private static Indicator indicator(
      Polarity polarity, boolean prorate, Optional<Integer> comparableFrom, Target... targets) {
    return new Indicator(
        "i",
        "i",
        "",
        Fixtures.records(null),
        "st",
        0,
        polarity,
        new BigDecimal("0.9"),
        prorate,
        List.of(targets),
        comparableFrom,
        "");
  }

  private static Target target(Optional<String> district, Optional<Integer> tertial, int value) {
    return new Target(2014, district, tertial, BigDecimal.valueOf(value));
  }

  private static final Indicator TARGETED =
      indicator(
          Polarity.HIGHER_IS_BETTER,
          true,
          Optional.empty(),
          target(Optional.empty(), Optional.empty(), 1200),
          target(Optional.of("A"), Optional.empty(), 600),
          target(Optional.empty(), Optional.of(2), 700),
          target(Optional.of("Bee"), Optional.of(2), 350));

  private static final Programme PROGRAMME =
      Fixtures.programme(Fixtures.events(false), GoalRule.ALL, TARGETED);

  private static Optional<BigDecimal> target(Fulfilment f, int unit, Period p) {
    return f.target(unit < 0 ? Unit.whole(PROGRAMME) : Unit.district(PROGRAMME, unit), p);
  }

  @Test
  void picksTheMostSpecificTargetAndProRatesAnnualOnes() {
    Fulfilment f = new Fulfilment(TARGETED);

    // whole: year 1200; a month 1200 / 12; T1 year-to-date 1200 × 4 / 12; T2 has its own 700
    assertThat(target(f, -1, Period.year(2014))).contains(BigDecimal.valueOf(1200));
    assertThat(target(f, -1, Period.month(2014, 3))).contains(new BigDecimal("100"));
    assertThat(target(f, -1, Period.yearToDate(2014, 4))).contains(new BigDecimal("400"));
    assertThat(target(f, -1, Period.yearToDate(2014, 8))).contains(BigDecimal.valueOf(700));
    // A: its own annual 600 beats the city's tertial target, pro-rated to 400 for Jan–Aug
    assertThat(target(f, Fixtures.A, Period.yearToDate(2014, 8))).contains(new BigDecimal("400"));
    // tertial 2 alone (May–Aug) is not a year-to-date report: annual pro-rated
    assertThat(target(f, Fixtures.A, Period.tertial(2014, 2))).contains(new BigDecimal("200"));
    // B (alias Bee): district + tertial target wins for T2 year-to-date
    assertThat(target(f, Fixtures.B, Period.yearToDate(2014, 8))).contains(BigDecimal.valueOf(350));
    // B has no count target of its own for T1, and the city's is not a district's share of it
    assertThat(target(f, Fixtures.B, Period.yearToDate(2014, 4))).isEmpty();
    // another year has no target
    assertThat(target(f, -1, Period.year(2013))).isEmpty();
  }

  @Test
  void doesNotProRateWhenTheIndicatorSaysNot() {
    Indicator level =
        indicator(
            Polarity.HIGHER_IS_BETTER,
            false,
            Optional.empty(),
            target(Optional.empty(), Optional.empty(), 80));
    Fulfilment f = new Fulfilment(level);
    assertThat(target(f, -1, Period.month(2014, 1))).contains(BigDecimal.valueOf(80));
  }

  private static Status status(Polarity polarity, String value, String target) {
    return new Fulfilment(indicator(polarity, false, Optional.empty()))
        .status(Optional.of(new BigDecimal(value)), Optional.of(new BigDecimal(target)));
  }

  @Test
  void judgesHigherIsBetterOnTheDisplayedValueWithTolerance() {
    assertThat(status(Polarity.HIGHER_IS_BETTER, "100", "100")).isEqualTo(Status.MET);
    // 99.5 shows as 100: met, so the colour matches the number
    assertThat(status(Polarity.HIGHER_IS_BETTER, "99.5", "100")).isEqualTo(Status.MET);
    assertThat(status(Polarity.HIGHER_IS_BETTER, "99.4", "100")).isEqualTo(Status.PARTLY);
    assertThat(status(Polarity.HIGHER_IS_BETTER, "90", "100")).isEqualTo(Status.PARTLY);
    // 89.5 shows as 90 (partly); 89.4 shows as 89 (not met)
    assertThat(status(Polarity.HIGHER_IS_BETTER, "89.5", "100")).isEqualTo(Status.PARTLY);
    assertThat(status(Polarity.HIGHER_IS_BETTER, "89.4", "100")).isEqualTo(Status.NOT_MET);
  }

  @Test
  void judgesLowerIsBetterWithTheToleranceAboveTheTarget() {
    assertThat(status(Polarity.LOWER_IS_BETTER, "90", "90")).isEqualTo(Status.MET);
    assertThat(status(Polarity.LOWER_IS_BETTER, "80", "90")).isEqualTo(Status.MET);
    // 90 / 0.9 = 100 is the edge of partly
    assertThat(status(Polarity.LOWER_IS_BETTER, "100.4", "90")).isEqualTo(Status.PARTLY);
    assertThat(status(Polarity.LOWER_IS_BETTER, "100.5", "90")).isEqualTo(Status.NOT_MET);
  }

  @Test
  void isNotAssessableWithoutValueOrTarget() {
    Fulfilment f = new Fulfilment(indicator(Polarity.HIGHER_IS_BETTER, false, Optional.empty()));
    assertThat(f.status(Optional.empty(), Optional.of(BigDecimal.TEN)))
        .isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(f.status(Optional.of(BigDecimal.TEN), Optional.empty()))
        .isEqualTo(Status.NOT_ASSESSABLE);
  }

  private static Trend trend(Polarity polarity, Optional<Integer> from, String now, String then) {
    return new Fulfilment(indicator(polarity, false, from))
        .trend(2014, Optional.of(new BigDecimal(now)), Optional.of(new BigDecimal(then)));
  }

  @Test
  void judgesTrendWithPolarityAndComparability() {
    assertThat(trend(Polarity.HIGHER_IS_BETTER, Optional.empty(), "10", "8"))
        .isEqualTo(Trend.BETTER);
    assertThat(trend(Polarity.LOWER_IS_BETTER, Optional.empty(), "10", "8")).isEqualTo(Trend.WORSE);
    assertThat(trend(Polarity.LOWER_IS_BETTER, Optional.empty(), "7", "8")).isEqualTo(Trend.BETTER);
    // 8.4 and 8 both show as 8
    assertThat(trend(Polarity.HIGHER_IS_BETTER, Optional.empty(), "8.4", "8"))
        .isEqualTo(Trend.UNCHANGED);
    // the definition changed in 2015: 2014 against 2013 is not comparable; 2014 is fine from 2014
    assertThat(trend(Polarity.HIGHER_IS_BETTER, Optional.of(2015), "10", "8"))
        .isEqualTo(Trend.NOT_COMPARABLE);
    assertThat(trend(Polarity.HIGHER_IS_BETTER, Optional.of(2014), "10", "8"))
        .isEqualTo(Trend.BETTER);
  }
}
