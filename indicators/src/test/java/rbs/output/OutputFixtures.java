package rbs.output;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import rbs.model.Aggregate;
import rbs.model.District;
import rbs.model.Flag;
import rbs.model.Goal;
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
import rbs.model.TargetGroup;
import rbs.model.Trend;
import rbs.model.Unit;

/**
 * A tiny Results: a count and a share, one district ("=Evil", to test neutralising) and the whole.
 */
final class OutputFixtures {

  private OutputFixtures() {}

  static Results results() {
    Aggregate all = new Aggregate(MeasureKind.COUNT, "s", Optional.empty(), Optional.empty());
    Indicator count = indicator("count", all);
    Indicator share = indicator("share", new Share(all, all));
    Programme p =
        new Programme(
            "p",
            "P",
            "",
            "Stad",
            "sv",
            List.of(new District("=Evil", List.of())),
            5,
            List.of(
                new TargetGroup(
                    "g", "G", List.of(new Goal("goal", "", GoalRule.ALL, List.of(count, share))))),
            List.of(),
            Path.of("p.yaml"));
    Unit d = Unit.district(p, 0);
    Unit whole = Unit.whole(p);
    Period ytd = Period.yearToDate(2014, 4);
    List<Outcome> outcomes =
        List.of(
            // deliberately out of order: the writer sorts
            new Outcome(
                "share",
                whole,
                ytd,
                Optional.of(new BigDecimal("66.6666666667")),
                Optional.of(new BigDecimal("2")),
                Optional.of(new BigDecimal("3")),
                Optional.of(new BigDecimal("70")),
                Status.PARTLY,
                Trend.BETTER,
                Flag.NONE,
                false),
            new Outcome(
                "count",
                whole,
                ytd,
                Optional.of(new BigDecimal("1E+3")),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new BigDecimal("400")),
                Status.MET,
                Trend.WORSE,
                Flag.NONE,
                true,
                List.of("=Evil", "Norr")),
            new Outcome(
                "count",
                d,
                ytd,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Status.NOT_ASSESSABLE,
                Trend.NOT_COMPARABLE,
                Flag.MISSING,
                false));
    return new Results(
        p,
        ReportPeriod.tertial(2014, 1),
        LocalDate.of(2014, 5, 10),
        outcomes,
        List.of(),
        List.of(
            new InputFile("s", "data/b.csv", "bb", 10, 9, 1),
            new InputFile("s", "data/a.csv", "aa", 5, 5, 0)),
        List.of(new MissingData("s", "=Evil", YearMonth.of(2014, 2))),
        List.of(new RejectSummary("s", "date", "not a date", 1)));
  }

  private static Indicator indicator(String id, rbs.model.Measure m) {
    return new Indicator(
        id,
        id,
        "",
        m,
        "st",
        0,
        Polarity.HIGHER_IS_BETTER,
        new BigDecimal("0.9"),
        false,
        List.of(),
        Optional.empty(),
        "");
  }
}
