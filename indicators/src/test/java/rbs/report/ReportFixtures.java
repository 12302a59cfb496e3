package rbs.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rbs.model.Aggregate;
import rbs.model.District;
import rbs.model.Flag;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.InputFile;
import rbs.model.MeasureKind;
import rbs.model.MissingData;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Polarity;
import rbs.model.Programme;
import rbs.model.RejectSummary;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.Status;
import rbs.model.Target;
import rbs.model.TargetGroup;
import rbs.model.Trend;
import rbs.model.Unit;

/**
 * A two-district programme with a persons count, a share and a record count, and hand-made outcomes
 * for a T2 report and an annual report. Älvsjö misses March; one share is withheld.
 */
final class ReportFixtures {

  static final Indicator PERSONS =
      new Indicator(
          "kvinnor-kanda",
          "Antal kvinnor i målgruppen som är kända av socialtjänsten",
          "Kvinnor som aktualiserats hos socialtjänsten under perioden.",
          new Aggregate(
              MeasureKind.PERSONS,
              "insatser",
              Optional.empty(),
              Optional.of("malgrupp == \"kvinna\"")),
          "personer",
          0,
          Polarity.HIGHER_IS_BETTER,
          new BigDecimal("0.9"),
          true,
          List.of(
              new Target(2013, Optional.empty(), Optional.empty(), new BigDecimal("1200")),
              new Target(2014, Optional.empty(), Optional.empty(), new BigDecimal("1300"))),
          Optional.empty(),
          "");

  static final Indicator SHARE =
      new Indicator(
          "kvinnor-andel-trygga",
          "Andel kvinnor som känner sig trygga med insatserna",
          "Andel av de svarande som svarat Ja.",
          new Share(
              new Aggregate(
                  MeasureKind.COUNT, "enkat", Optional.empty(), Optional.of("trygg == \"Ja\"")),
              new Aggregate(
                  MeasureKind.COUNT, "enkat", Optional.empty(), Optional.of("trygg != \"\""))),
          "procent",
          0,
          Polarity.HIGHER_IS_BETTER,
          new BigDecimal("0.9"),
          false,
          List.of(new Target(2014, Optional.empty(), Optional.empty(), new BigDecimal("80"))),
          Optional.of(2013),
          "Enkäten ändrades 2012.");

  static final Indicator COUNT =
      new Indicator(
          "barn-anmalningar",
          "Antal inkomna anmälningar om barn i målgruppen",
          "Anmälningar som inkommit under perioden.",
          new Aggregate(MeasureKind.COUNT, "anmalningar", Optional.empty(), Optional.empty()),
          "anmälningar",
          0,
          Polarity.HIGHER_IS_BETTER,
          new BigDecimal("0.9"),
          true,
          List.of(new Target(2014, Optional.empty(), Optional.empty(), new BigDecimal("2800"))),
          Optional.empty(),
          "Fler anmälningar tolkas som bättre upptäckt.");

  static final Programme PROGRAMME =
      new Programme(
          "kvinnofrid",
          "Program för kvinnofrid",
          "Ingen utsätts för våld.",
          "Stockholm",
          "sv",
          List.of(new District("Södermalm", List.of()), new District("Älvsjö", List.of("Alvsjo"))),
          5,
          List.of(
              new TargetGroup(
                  "kvinnor",
                  "Kvinnor som utsatts för våld i nära relation",
                  List.of(
                      new Goal(
                          "kvinnor-utan-vald",
                          "Kvinnor som utsatts för våld lever ett liv utan våld",
                          GoalRule.ALL,
                          List.of(PERSONS, SHARE)))),
              new TargetGroup(
                  "barn",
                  "Barn som upplevt våld eller andra övergrepp mellan närstående vuxna",
                  List.of(
                      new Goal(
                          "barn-utan-vald",
                          "Barn som upplevt våld lever ett liv utan våld",
                          GoalRule.ALL,
                          List.of(COUNT))))),
          List.of(),
          Path.of("programme.yaml"));

  static final Unit SODERMALM = Unit.district(PROGRAMME, 0);
  static final Unit ALVSJO = Unit.district(PROGRAMME, 1);
  static final Unit CITY = Unit.whole(PROGRAMME);
  static final LocalDate AS_OF = LocalDate.of(2014, 9, 15);

  private ReportFixtures() {}

  /** The T2 2014 report: months 1..8, tertials 1 and 2, year-to-date, the same in 2013. */
  static Results tertial() {
    List<Period> periods = new ArrayList<>();
    for (int year : new int[] {2013, 2014}) {
      for (int m = 1; m <= 8; m++) {
        periods.add(Period.month(year, m));
      }
      periods.add(Period.tertial(year, 1));
      periods.add(Period.tertial(year, 2));
      periods.add(Period.yearToDate(year, 8));
    }
    return results(ReportPeriod.tertial(2014, 2), periods, AS_OF);
  }

  /** The annual 2014 report: months, tertials and years 2013-2014, and the years 2011-2012. */
  static Results annual() {
    List<Period> periods = new ArrayList<>();
    periods.add(Period.year(2011));
    periods.add(Period.year(2012));
    for (int year : new int[] {2013, 2014}) {
      for (int m = 1; m <= 12; m++) {
        periods.add(Period.month(year, m));
      }
      for (int t = 1; t <= 3; t++) {
        periods.add(Period.tertial(year, t));
      }
      periods.add(Period.year(year));
    }
    return results(ReportPeriod.annual(2014), periods, LocalDate.of(2015, 2, 1));
  }

  /** The monthly follow-up 2014-05: months 1..5, tertial 1, year-to-date, the same in 2013. */
  static Results monthly() {
    List<Period> periods = new ArrayList<>();
    for (int year : new int[] {2013, 2014}) {
      for (int m = 1; m <= 5; m++) {
        periods.add(Period.month(year, m));
      }
      periods.add(Period.tertial(year, 1));
      periods.add(Period.yearToDate(year, 5));
    }
    return results(ReportPeriod.monthly(2014, 5), periods, LocalDate.of(2014, 6, 3));
  }

  /** The rolling 2014-R05: June 2012 .. May 2014 by month and both rolling years. */
  static Results rolling() {
    List<Period> periods = new ArrayList<>();
    YearMonth m = YearMonth.of(2012, 6);
    for (int k = 0; k < 24; k++, m = m.plusMonths(1)) {
      periods.add(Period.month(m.getYear(), m.getMonthValue()));
    }
    periods.add(Period.rolling(2013, 5));
    periods.add(Period.rolling(2014, 5));
    return results(ReportPeriod.rolling(2014, 5), periods, LocalDate.of(2014, 6, 3));
  }

  /** The same results of the same programme with {@code language: en}. */
  static Results inEnglish(Results results) {
    Programme p = results.programme();
    Programme english =
        new Programme(
            p.id(),
            p.name(),
            p.vision(),
            p.municipality(),
            "en",
            p.districts(),
            p.disclosureThreshold(),
            p.targetGroups(),
            p.sources(),
            p.file());
    return new Results(
        english,
        results.period(),
        results.asOf(),
        results.outcomes(),
        results.goals(),
        results.inputs(),
        results.missing(),
        results.rejects());
  }

  private static Results results(ReportPeriod report, List<Period> periods, LocalDate asOf) {
    List<Outcome> outcomes = new ArrayList<>();
    List<GoalOutcome> goals = new ArrayList<>();
    List<Unit> units = List.of(SODERMALM, ALVSJO, CITY);
    for (Indicator indicator : List.of(PERSONS, SHARE, COUNT)) {
      for (Unit unit : units) {
        for (Period period : periods) {
          outcomes.add(outcome(indicator, unit, period));
        }
      }
    }
    for (Unit unit : units) {
      for (Period period : periods) {
        goals.add(new GoalOutcome("kvinnor-utan-vald", unit, period, Status.PARTLY));
        goals.add(new GoalOutcome("barn-utan-vald", unit, period, Status.MET));
      }
    }
    return new Results(
        PROGRAMME,
        report,
        asOf,
        outcomes,
        goals,
        List.of(
            new InputFile("insatser", "data/insatser/2014/sodermalm.csv", "ab12", 1200, 1195, 5),
            new InputFile("enkat", "data/enkat/enkat-2014.csv", "cd34", 300, 300, 0)),
        List.of(new MissingData("insatser", "Älvsjö", YearMonth.of(2014, 3))),
        List.of(new RejectSummary("insatser", "datum", "datum saknas", 5)));
  }

  /**
   * A deterministic outcome; Älvsjö has no data for March 2014 and its 2014 May share is withheld.
   */
  static Outcome outcome(Indicator indicator, Unit unit, Period period) {
    int u = unit.isWhole() ? 2 : unit.index();
    boolean alvsjo = u == 1;
    if (alvsjo && period.equals(Period.month(2014, 3))) {
      return empty(indicator, unit, period, Flag.MISSING);
    }
    if (alvsjo && indicator.equals(SHARE) && period.equals(Period.month(2014, 5))) {
      return empty(indicator, unit, period, Flag.WITHHELD);
    }
    int base = new int[] {40, 15, 55}[u] + (period.year() - 2011) * 3;
    Optional<BigDecimal> target = target(indicator, period);
    if (indicator.equals(SHARE)) {
      BigDecimal denominator = BigDecimal.valueOf((long) base * period.months());
      BigDecimal numerator =
          BigDecimal.valueOf((long) (base - 8 + period.lastMonth()) * period.months() * 3 / 4);
      BigDecimal value =
          numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 6, RoundingMode.HALF_UP);
      return new Outcome(
          indicator.id(),
          unit,
          period,
          Optional.of(value),
          Optional.of(numerator),
          Optional.of(denominator),
          target,
          status(value, target),
          Trend.BETTER,
          Flag.NONE,
          false);
    }
    long sum = 0;
    for (int m = period.firstMonth(); m <= period.lastMonth(); m++) {
      sum += base + m * 2L + (indicator.equals(COUNT) ? 20 : 0);
    }
    BigDecimal value = BigDecimal.valueOf(sum * 9 / 10);
    return new Outcome(
        indicator.id(),
        unit,
        period,
        Optional.of(value),
        Optional.empty(),
        Optional.empty(),
        target,
        status(value, target),
        Trend.WORSE,
        Flag.NONE,
        alvsjo && period.contains(YearMonth.of(2014, 3)));
  }

  private static Outcome empty(Indicator indicator, Unit unit, Period period, Flag flag) {
    return new Outcome(
        indicator.id(),
        unit,
        period,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        target(indicator, period),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        flag,
        false);
  }

  private static Optional<BigDecimal> target(Indicator indicator, Period period) {
    return indicator.targets().stream()
        .filter(t -> t.year() == period.year())
        .map(Target::value)
        .map(
            v ->
                indicator.prorate()
                    ? v.multiply(BigDecimal.valueOf(period.months()))
                        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)
                    : v)
        .findFirst();
  }

  private static Status status(BigDecimal value, Optional<BigDecimal> target) {
    if (target.isEmpty()) {
      return Status.NOT_ASSESSABLE;
    }
    if (value.compareTo(target.get()) >= 0) {
      return Status.MET;
    }
    return value.compareTo(target.get().multiply(new BigDecimal("0.9"))) >= 0
        ? Status.PARTLY
        : Status.NOT_MET;
  }
}
