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
import rbs.model.District;
import rbs.model.Flag;
import rbs.model.Goal;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.Measure;
import rbs.model.MeasureKind;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Polarity;
import rbs.model.Programme;
import rbs.model.PublicationLevels;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Trend;
import rbs.model.Unit;
import rbs.model.ValidationRule;
import rbs.model.Violation;

class ValidationChecksTest {

  private static final Aggregate PERSONS =
      new Aggregate(MeasureKind.PERSONS, "s", Optional.empty(), Optional.empty());

  private static Indicator indicator(String id, Measure measure) {
    return new Indicator(
        id,
        id,
        "",
        measure,
        "st",
        0,
        Polarity.HIGHER_IS_BETTER,
        BigDecimal.ONE,
        false,
        List.of(),
        Optional.empty(),
        "");
  }

  private static final ValidationRule CHAIN =
      new ValidationRule(
          "kedja",
          "deltagit <= erbjudna <= kanda",
          List.of("deltagit", "erbjudna", "kanda"),
          List.of(
              ValidationRule.Comparison.LESS_OR_EQUAL, ValidationRule.Comparison.LESS_OR_EQUAL));

  private static Programme programme() {
    List<Indicator> indicators =
        List.of(
            indicator("kanda", PERSONS),
            indicator("erbjudna", PERSONS),
            indicator("deltagit", PERSONS),
            indicator("andel", new Share(PERSONS, PERSONS)));
    return new Programme(
        "p",
        "P",
        "",
        "Staden",
        "sv",
        List.of(new District("Norr", List.of()), new District("Söder", List.of())),
        5,
        List.of(new TargetGroup("g", "G", List.of(new Goal("m", "M", GoalRule.ALL, indicators)))),
        List.of(),
        Path.of("p.yaml"),
        List.of(),
        PublicationLevels.standard(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(CHAIN),
        Optional.empty());
  }

  private static Outcome count(String id, Unit unit, Period p, Long v) {
    return new Outcome(
        id,
        unit,
        p,
        Optional.ofNullable(v).map(BigDecimal::valueOf),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        v == null ? Flag.MISSING : Flag.NONE,
        false);
  }

  private static Outcome share(Unit unit, Period p, long n, long d) {
    return new Outcome(
        "andel",
        unit,
        p,
        Optional.of(
            BigDecimal.valueOf(100 * n)
                .divide(BigDecimal.valueOf(d), 6, java.math.RoundingMode.HALF_UP)),
        Optional.of(BigDecimal.valueOf(n)),
        Optional.of(BigDecimal.valueOf(d)),
        Optional.empty(),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        Flag.NONE,
        false);
  }

  @Test
  void findsEveryUnitAndPeriodWhereAChainOrAShareBreaksAndSkipsMissingValues() {
    Programme programme = programme();
    Unit norr = Unit.district(programme, 0);
    Unit soder = Unit.district(programme, 1);
    Period march = Period.month(2014, 3);
    Period april = Period.month(2014, 4);
    List<Outcome> outcomes = new ArrayList<>();
    // Norr, March: 3 <= 5 <= 9 holds; April: 6 took part of 5 offered: broken
    outcomes.add(count("kanda", norr, march, 9L));
    outcomes.add(count("erbjudna", norr, march, 5L));
    outcomes.add(count("deltagit", norr, march, 3L));
    outcomes.add(count("kanda", norr, april, 9L));
    outcomes.add(count("erbjudna", norr, april, 5L));
    outcomes.add(count("deltagit", norr, april, 6L));
    // Söder, March: offered 12 of 10 known: broken at the second link; April: offered missing,
    // so neither link can be checked
    outcomes.add(count("kanda", soder, march, 10L));
    outcomes.add(count("erbjudna", soder, march, 12L));
    outcomes.add(count("deltagit", soder, march, 1L));
    outcomes.add(count("kanda", soder, april, 1L));
    outcomes.add(count("erbjudna", soder, april, null));
    outcomes.add(count("deltagit", soder, april, 7L));
    // a share of 7 out of 5
    outcomes.add(share(norr, march, 7, 5));
    outcomes.add(share(soder, march, 2, 5));
    Results results =
        new Results(
            programme,
            ReportPeriod.monthly(2014, 4),
            LocalDate.of(2014, 5, 2),
            outcomes,
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(ValidationChecks.of(results))
        .extracting(v -> v.rule() + " " + v.unit().name() + " " + v.period().label())
        .containsExactly("kedja Norr 2014-04", "kedja Söder 2014-03", "share:andel Norr 2014-03");
    assertThat(ValidationChecks.of(results).get(0))
        .isEqualTo(new Violation("kedja", "deltagit <= erbjudna <= kanda", norr, april));
  }
}
