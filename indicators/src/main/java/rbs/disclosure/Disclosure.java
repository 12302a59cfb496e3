package rbs.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rbs.model.DisclosureSummary;
import rbs.model.EarlierPublication;
import rbs.model.Flag;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.Publication;
import rbs.model.PublicationLevels;
import rbs.model.Results;
import rbs.model.Revision;
import rbs.model.SliceOutcome;
import rbs.model.Status;
import rbs.model.Trend;
import rbs.model.Unit;

/**
 * Disclosure control for published reports: keeps the levels the programme publishes, withholds
 * small counts of people (primary suppression) and the cheapest further cells that keep every
 * withheld small count from being pinned down or boxed in over the sums a reader knows — over this
 * publication and every earlier one of the programme read together. See {@code docs/disclosure.md}.
 */
public final class Disclosure {

  private Disclosure() {}

  /** The results as they may be published, with no earlier publications to agree with. */
  public static Results suppress(Results results) {
    return suppress(results, List.of());
  }

  /**
   * The results as they may be published: only the published levels; withheld outcomes carry flag
   * {@code ..} and no numbers; consistent with what the earlier publications showed.
   */
  public static Results suppress(Results results, List<EarlierPublication> earlier) {
    Programme programme = results.programme();
    PublicationLevels levels = programme.publication();
    List<Outcome> shown = new ArrayList<>();
    int unpublished = 0;
    for (Outcome o : results.outcomes()) {
      if (levels.publishes(o.unit(), o.period())) {
        shown.add(o);
      } else {
        unpublished++;
      }
    }
    List<SliceOutcome> shownSlices = new ArrayList<>();
    for (SliceOutcome so : results.breakdowns()) {
      if (levels.publishesBreakdown(so.outcome().unit(), so.outcome().period())) {
        shownSlices.add(so);
      }
    }
    Map<String, List<Outcome>> byIndicator = new LinkedHashMap<>();
    for (Outcome o : results.outcomes()) {
      byIndicator.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>()).add(o);
    }
    Map<String, List<SliceOutcome>> slicesByIndicator = new HashMap<>();
    for (SliceOutcome so : results.breakdowns()) {
      slicesByIndicator.computeIfAbsent(so.outcome().indicatorId(), k -> new ArrayList<>()).add(so);
    }
    Set<Key> withheld = new HashSet<>();
    Set<Key> primary = new HashSet<>();
    List<Revision> revisions = new ArrayList<>();
    List<String> unprotected = new ArrayList<>();
    // the indicators' tables are independent: decided on every core, gathered in order
    List<IndicatorTables> decided =
        byIndicator.entrySet().parallelStream()
            .map(
                e ->
                    programme
                        .indicator(e.getKey())
                        .filter(i -> i.measure().countsPeople())
                        .map(
                            i ->
                                new IndicatorTables(
                                    programme,
                                    i,
                                    e.getValue(),
                                    slicesByIndicator.getOrDefault(i.id(), List.of()),
                                    earlier)))
            .flatMap(Optional::stream)
            .toList();
    for (IndicatorTables tables : decided) {
      withheld.addAll(tables.withheld());
      primary.addAll(tables.primary());
      revisions.addAll(tables.revisions());
      unprotected.addAll(tables.unprotected());
    }
    List<Outcome> outcomes = new ArrayList<>(shown.size());
    for (Outcome o : shown) {
      outcomes.add(publishable(o, "", withheld, results.period()));
    }
    List<SliceOutcome> slices = new ArrayList<>(shownSlices.size());
    for (SliceOutcome so : shownSlices) {
      slices.add(
          new SliceOutcome(
              so.slice(), publishable(so.outcome(), so.slice().key(), withheld, results.period())));
    }
    List<GoalOutcome> goals = goals(programme, results.goals(), levels, withheld);
    DisclosureSummary summary = summary(programme, outcomes, primary, unpublished);
    return new Results(
        programme,
        results.period(),
        results.asOf(),
        outcomes,
        goals,
        results.inputs(),
        results.missing(),
        results.rejects(),
        new Publication(true, levels, revisions, summary, unprotected),
        slices);
  }

  /**
   * Which number of which indicator: its own or a breakdown category's ("" or {@code kon=kvinna}),
   * a unit and a span of months (so T1 and Jan–Apr are one).
   */
  record Key(String indicatorId, String slice, Unit unit, YearMonth from, YearMonth to) {
    Key(String indicatorId, Unit unit, YearMonth from, YearMonth to) {
      this(indicatorId, "", unit, from, to);
    }

    static Key of(Outcome o) {
      return of("", o);
    }

    static Key of(SliceOutcome s) {
      return of(s.slice().key(), s.outcome());
    }

    private static Key of(String slice, Outcome o) {
      return new Key(
          o.indicatorId(),
          slice,
          o.unit(),
          YearMonth.from(o.period().from()),
          YearMonth.from(o.period().to()));
    }
  }

  /**
   * The outcome as published: withheld, or without a trend that would tell which side of a withheld
   * value it lies.
   *
   * @param slice its breakdown category's key, "" for the indicator's own number
   */
  private static Outcome publishable(
      Outcome o, String slice, Set<Key> withheld, rbs.model.ReportPeriod report) {
    Key key = key(slice, o);
    if (o.period().kind() == PeriodKind.FORECAST) {
      // the forecast is the year to date scaled up: it tells what the year to date hides
      key = new Key(o.indicatorId(), slice, o.unit(), key.from(), YearMonth.from(report.to()));
    }
    if (withheld.contains(key)) {
      return withheld(o);
    }
    Key previous = key(slice, withPeriod(o, o.period().previousYear()));
    if (withheld.contains(previous) && o.trend() != Trend.NOT_COMPARABLE) {
      // better or worse than a withheld value would tell which side of it the value lies
      return new Outcome(
          o.indicatorId(),
          o.unit(),
          o.period(),
          o.value(),
          o.numerator(),
          o.denominator(),
          o.target(),
          o.status(),
          Trend.NOT_COMPARABLE,
          o.flag(),
          o.incomplete());
    }
    return o;
  }

  private static Key key(String slice, Outcome o) {
    Key k = Key.of(o);
    return new Key(k.indicatorId(), slice, k.unit(), k.from(), k.to());
  }

  static Outcome withheld(Outcome o) {
    return new Outcome(
        o.indicatorId(),
        o.unit(),
        o.period(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        o.target(),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        Flag.WITHHELD,
        o.incomplete());
  }

  private static Outcome withPeriod(Outcome o, Period p) {
    return new Outcome(
        o.indicatorId(),
        o.unit(),
        p,
        o.value(),
        o.numerator(),
        o.denominator(),
        o.target(),
        o.status(),
        o.trend(),
        o.flag(),
        o.incomplete(),
        o.trendWithout());
  }

  /** Goals at the published levels; not assessable where one of their indicators is withheld. */
  private static List<GoalOutcome> goals(
      Programme programme, List<GoalOutcome> all, PublicationLevels levels, Set<Key> withheld) {
    Map<String, Goal> goalsById = new HashMap<>();
    programme.goals().forEach(g -> goalsById.put(g.id(), g));
    List<GoalOutcome> goals = new ArrayList<>();
    for (GoalOutcome g : all) {
      if (!levels.publishes(g.unit(), g.period())) {
        continue;
      }
      Goal goal = goalsById.get(g.goalId());
      YearMonth from = YearMonth.from(g.period().from());
      YearMonth to = YearMonth.from(g.period().to());
      boolean touched =
          goal != null
              && goal.indicators().stream()
                  .anyMatch(i -> withheld.contains(new Key(i.id(), g.unit(), from, to)));
      goals.add(
          touched ? new GoalOutcome(g.goalId(), g.unit(), g.period(), Status.NOT_ASSESSABLE) : g);
    }
    return goals;
  }

  /** Counted over the published cells of indicators that count people, forecasts apart. */
  private static DisclosureSummary summary(
      Programme programme, List<Outcome> published, Set<Key> primary, int unpublished) {
    Set<String> counted = new HashSet<>();
    programme
        .indicators()
        .filter(i -> i.measure().countsPeople())
        .forEach(i -> counted.add(i.id()));
    int cells = 0;
    int withheld = 0;
    int primaries = 0;
    int whole = 0;
    int wholeWithheld = 0;
    for (Outcome o : published) {
      if (!counted.contains(o.indicatorId()) || o.period().kind() == PeriodKind.FORECAST) {
        continue;
      }
      cells++;
      boolean small = primary.contains(Key.of(o));
      boolean hidden = o.flag() == Flag.WITHHELD;
      withheld += hidden ? 1 : 0;
      primaries += hidden && small ? 1 : 0;
      if (o.unit().isWhole() && o.period().kind() != PeriodKind.MONTH && !small) {
        whole++;
        wholeWithheld += hidden ? 1 : 0;
      }
    }
    return new DisclosureSummary(
        cells, withheld, primaries, withheld - primaries, unpublished, whole, wholeWithheld);
  }
}
