package rbs.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import rbs.model.Aggregate;
import rbs.model.Flag;
import rbs.model.Goal;
import rbs.model.Indicator;
import rbs.model.MissingData;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Status;
import rbs.model.Unit;

/**
 * Why a figure is as it is, said beside it: which district-months an incomplete value lacks, which
 * districts a partial trend leaves out, why an outcome cannot be assessed, and on how many of its
 * indicators a goal is judged.
 */
final class Notes {

  private final ReportView view;
  private final Labels labels;

  Notes(ReportView view) {
    this.view = view;
    this.labels = view.labels();
  }

  /** The notes of an indicator's outcome, one per line; empty when there is nothing to say. */
  String of(Indicator indicator, Optional<Outcome> outcome) {
    List<String> lines = new ArrayList<>();
    if (outcome.isPresent()) {
      Outcome o = outcome.get();
      if (o.incomplete()) {
        lines.add(Styles.INCOMPLETE_MARK + " " + missingMonths(indicator, o.unit(), o.period()));
      }
      if (o.partialTrend()) {
        lines.add(labels.format(Label.NOTE_PARTIAL_TREND, list(o.trendWithout())));
      }
    }
    whyNotAssessable(outcome).ifPresent(lines::add);
    return String.join("\n", lines);
  }

  /** Why an outcome cannot be assessed, or empty when it can be (or is). */
  Optional<String> whyNotAssessable(Optional<Outcome> outcome) {
    if (outcome.isEmpty()) {
      return Optional.of(labels.get(Label.REASON_NO_DATA));
    }
    Outcome o = outcome.get();
    if (o.status() != Status.NOT_ASSESSABLE) {
      return Optional.empty();
    }
    if (o.flag() == Flag.WITHHELD) {
      return Optional.of(labels.get(Label.REASON_WITHHELD));
    }
    if (o.flag() == Flag.MISSING) {
      boolean zero = o.denominator().map(d -> d.signum() == 0).orElse(false);
      return Optional.of(labels.get(zero ? Label.REASON_ZERO_DENOMINATOR : Label.REASON_NO_DATA));
    }
    if (o.target().isEmpty()) {
      return Optional.of(
          labels.get(
              o.unit().isDistrict() ? Label.REASON_NO_TARGET_DISTRICT : Label.REASON_NO_TARGET));
    }
    return Optional.empty();
  }

  /**
   * The district-months an outcome of the indicator lacks: "Skärholmen saknar apr" for the city,
   * "Uppgifter saknas för apr" for a district's own.
   */
  String missingMonths(Indicator indicator, Unit unit, Period period) {
    Set<String> sources = new TreeSet<>();
    for (Aggregate a : indicator.measure().aggregates()) {
      sources.add(a.source());
    }
    Map<String, TreeSet<YearMonth>> byDistrict = new LinkedHashMap<>();
    for (Unit d : view.results().programme().units()) {
      byDistrict.put(d.name(), new TreeSet<>());
    }
    for (MissingData m : view.results().missing()) {
      boolean mine = unit.isWhole() || unit.name().equals(m.district());
      if (mine && sources.contains(m.source()) && period.contains(m.month())) {
        byDistrict.computeIfAbsent(m.district(), k -> new TreeSet<>()).add(m.month());
      }
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, TreeSet<YearMonth>> e : byDistrict.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      String months = months(e.getValue(), period);
      parts.add(
          unit.isWhole()
              ? labels.format(Label.NOTE_MISSING_MONTHS, e.getKey(), months)
              : labels.format(Label.NOTE_OWN_MISSING, months));
    }
    return parts.isEmpty() ? labels.get(Label.INCOMPLETE) : String.join("; ", parts);
  }

  /** "apr", "apr, maj"; with the year when it is not the report's ("apr 2013"). */
  private String months(Set<YearMonth> months, Period period) {
    List<String> names = new ArrayList<>();
    for (YearMonth m : months) {
      names.add(labels.month(m.getMonthValue()));
    }
    String joined = String.join(", ", names);
    return period.year() == view.year() ? joined : joined + " " + period.year();
  }

  /** "1 av 3 indikatorer bedömda" when a goal is judged on fewer indicators than it has. */
  Optional<String> goalCoverage(Goal goal, Period period) {
    int total = 0;
    int assessed = 0;
    for (Indicator i : goal.indicators()) {
      Status s = view.outcome(i.id(), period).map(Outcome::status).orElse(Status.NOT_ASSESSABLE);
      if (s == Status.NOT_JUDGED) {
        continue; // a neutral indicator is never judged, so the goal does not count it
      }
      total++;
      if (s != Status.NOT_ASSESSABLE) {
        assessed++;
      }
    }
    return assessed < total
        ? Optional.of(labels.format(Label.GOAL_ASSESSED, assessed, total))
        : Optional.empty();
  }

  /** "A", "A och B", "A, B och C". */
  private String list(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + labels.get(Label.AND)
        + " "
        + names.get(names.size() - 1);
  }
}
