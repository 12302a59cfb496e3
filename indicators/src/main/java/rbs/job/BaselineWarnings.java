package rbs.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import rbs.model.Baseline;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.Unit;

/**
 * Baselines (utgångsläge) the data do not cover: the extracts of the baseline year are not in
 * place, or some districts delivered nothing that year. The workbooks show such a baseline as
 * missing ({@code -}), never as zero.
 */
final class BaselineWarnings {

  private BaselineWarnings() {}

  /** One warning per baseline year the whole lacks, and one per year some districts lack. */
  static List<Warning> of(Results results) {
    Optional<Baseline> baseline = results.programme().baseline();
    if (baseline.isEmpty()) {
      return List.of();
    }
    // year -> indicator ids without data for the municipality; year -> districts -> ids
    Map<Integer, List<String>> whole = new TreeMap<>();
    Map<Integer, TreeSet<String>> districts = new TreeMap<>();
    Map<Integer, List<String>> partly = new TreeMap<>();
    Map<List<Object>, Outcome> byKey = new java.util.HashMap<>();
    for (Outcome o : results.outcomes()) {
      byKey.put(List.of(o.indicatorId(), o.unit(), o.period()), o);
    }
    for (Indicator i : (Iterable<Indicator>) results.programme().indicators()::iterator) {
      int year = baseline.get().yearOf(i.id());
      if (year >= results.period().year()) {
        continue;
      }
      Period p = Period.year(year);
      if (missing(byKey.get(List.of(i.id(), results.programme().whole(), p)))) {
        whole.computeIfAbsent(year, y -> new ArrayList<>()).add(i.id());
        continue;
      }
      boolean any = false;
      for (Unit u : results.programme().units()) {
        if (u.isDistrict() && missing(byKey.get(List.of(i.id(), u, p)))) {
          districts.computeIfAbsent(year, y -> new TreeSet<>()).add(u.name());
          any = true;
        }
      }
      if (any) {
        partly.computeIfAbsent(year, y -> new ArrayList<>()).add(i.id());
      }
    }
    List<Warning> warnings = new ArrayList<>();
    whole.forEach(
        (year, ids) ->
            warnings.add(
                Warning.of(
                    Warning.Kind.MISSING_DATA,
                    "baseline "
                        + year
                        + ": no data for "
                        + year
                        + " ("
                        + String.join(", ", ids)
                        + "); the baseline shows as missing (are the extracts for "
                        + year
                        + " in place?)")));
    partly.forEach(
        (year, ids) ->
            warnings.add(
                Warning.of(
                    Warning.Kind.MISSING_DATA,
                    "baseline "
                        + year
                        + ": no data from "
                        + String.join(", ", districts.get(year))
                        + " for "
                        + year
                        + " ("
                        + String.join(", ", ids)
                        + "); their baseline shows as missing")));
    return warnings;
  }

  private static boolean missing(Outcome outcome) {
    return outcome != null && outcome.flag() == Flag.MISSING && outcome.value().isEmpty();
  }
}
