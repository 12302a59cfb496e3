package rbs.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rbs.model.Breakdown;
import rbs.model.Goal;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Programme;
import rbs.model.Results;
import rbs.model.Slice;
import rbs.model.SliceOutcome;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Trend;

/**
 * The report fixtures with breakdowns: the persons count by age band (a person may fall into two
 * bands, so the bands add up to two more than the whole; 0–17 and 65+ are small counts a
 * publication withholds) and the record count by sex (the sexes add up to the whole exactly).
 */
final class BreakdownFixtures {

  static final Breakdown AGE =
      Breakdown.of(
          "alder",
          "Åldersgrupp",
          "alder",
          List.of(
              new Breakdown.Category.Band(0, Optional.of(17L), "0–17"),
              new Breakdown.Category.Band(18, Optional.of(24L), "18–24"),
              new Breakdown.Category.Band(25, Optional.of(64L), "25–64"),
              new Breakdown.Category.Band(65, Optional.empty(), "65+")),
          "Uppgift saknas");

  static final Breakdown SEX =
      Breakdown.of(
          "kon",
          "Kön",
          "kon",
          List.of(
              new Breakdown.Category.Value("kvinna", "Flickor"),
              new Breakdown.Category.Value("man", "Pojkar")),
          "Uppgift saknas");

  private BreakdownFixtures() {}

  /** The same results of a programme whose persons count and record count are broken down. */
  static Results of(Results results) {
    Programme p = results.programme();
    List<TargetGroup> groups = new ArrayList<>();
    for (TargetGroup group : p.targetGroups()) {
      List<Goal> goals = new ArrayList<>();
      for (Goal goal : group.goals()) {
        goals.add(
            new Goal(
                goal.id(),
                goal.text(),
                goal.rule(),
                goal.indicators().stream().map(BreakdownFixtures::brokenDown).toList()));
      }
      groups.add(new TargetGroup(group.id(), group.name(), goals));
    }
    Programme programme =
        new Programme(
            p.id(),
            p.name(),
            p.vision(),
            p.municipality(),
            p.language(),
            p.districts(),
            p.disclosureThreshold(),
            groups,
            p.sources(),
            p.file());
    List<SliceOutcome> slices = new ArrayList<>();
    for (Outcome o : results.outcomes()) {
      long whole = o.value().map(BigDecimal::longValue).orElse(0L);
      if (o.indicatorId().equals(ReportFixtures.PERSONS.id())) {
        long young = whole / 5;
        slices.addAll(slices(o, AGE, 1, young, whole - young, 3, 0));
      } else if (o.indicatorId().equals(ReportFixtures.COUNT.id())) {
        long girls = whole * 11 / 20;
        slices.addAll(slices(o, SEX, girls, whole - girls, 0));
      }
    }
    return new Results(
        programme,
        results.period(),
        results.asOf(),
        results.outcomes(),
        results.goals(),
        results.inputs(),
        results.missing(),
        results.rejects(),
        results.publication(),
        slices);
  }

  private static Indicator brokenDown(Indicator i) {
    List<Breakdown> breakdowns =
        i.equals(ReportFixtures.PERSONS)
            ? List.of(AGE)
            : i.equals(ReportFixtures.COUNT) ? List.of(SEX) : List.of();
    return rbs.model.TestIndicators.brokenDown(i, breakdowns);
  }

  private static List<SliceOutcome> slices(Outcome whole, Breakdown breakdown, long... values) {
    List<SliceOutcome> slices = new ArrayList<>();
    for (int c = 0; c < values.length; c++) {
      BigDecimal value = BigDecimal.valueOf(values[c]);
      slices.add(
          new SliceOutcome(
              new Slice(breakdown, c),
              new Outcome(
                  whole.indicatorId(),
                  whole.unit(),
                  whole.period(),
                  // a whole without a value (a month not delivered) has none in any category
                  whole.value().map(v -> value),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Status.NOT_ASSESSABLE,
                  Trend.NOT_COMPARABLE,
                  whole.flag(),
                  whole.incomplete())));
    }
    return slices;
  }
}
