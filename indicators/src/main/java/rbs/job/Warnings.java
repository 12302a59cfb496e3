package rbs.job;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import rbs.Location;
import rbs.model.InputFile;
import rbs.model.MissingData;
import rbs.model.Results;
import rbs.model.Revision;
import rbs.model.Violation;

/**
 * What a successful run warns about: a year without data, missing months, rejected rows, and in a
 * publication the figures earlier publications showed otherwise.
 */
final class Warnings {

  private Warnings() {}

  /** Consecutive months as "2013-01..2013-08", a lone month as itself. */
  static List<String> monthRuns(SortedSet<YearMonth> months) {
    List<String> runs = new ArrayList<>();
    for (YearMonth first : months) {
      if (months.contains(first.minusMonths(1))) {
        continue; // not the start of a run
      }
      YearMonth last = first;
      while (months.contains(last.plusMonths(1))) {
        last = last.plusMonths(1);
      }
      runs.add(first.equals(last) ? first.toString() : first + ".." + last);
    }
    return runs;
  }

  /**
   * One line per district-month not delivered; months no district delivered are one line per run of
   * months instead of one line per district.
   */
  private static List<Warning> missingWarnings(Results results) {
    int districts = results.programme().districts().size();
    Map<String, TreeSet<String>> missingDistricts = new TreeMap<>(); // "source month" -> districts
    for (MissingData m : results.missing()) {
      missingDistricts
          .computeIfAbsent(m.source() + " " + m.month(), k -> new TreeSet<>())
          .add(m.district());
    }
    Map<String, TreeSet<YearMonth>> nobody = new LinkedHashMap<>();
    List<Warning> single = new ArrayList<>();
    for (MissingData m : results.missing()) {
      if (districts > 1 && missingDistricts.get(m.source() + " " + m.month()).size() >= districts) {
        nobody.computeIfAbsent(m.source(), k -> new TreeSet<>()).add(m.month());
      } else {
        single.add(
            Warning.of(
                Warning.Kind.MISSING_DATA,
                "source '" + m.source() + "': no rows from " + m.district() + " for " + m.month()));
      }
    }
    List<Warning> warnings = new ArrayList<>();
    nobody.forEach(
        (source, months) -> {
          for (String run : monthRuns(months)) {
            warnings.add(
                Warning.of(
                    Warning.Kind.MISSING_DATA,
                    "source '" + source + "': no rows from any district for " + run));
          }
        });
    warnings.addAll(single);
    return warnings;
  }

  /**
   * One warning per broken validation rule: how many unit-periods break it and the first few (no
   * values: a warning may be mailed to an operator who sees no internal report).
   */
  static List<Warning> of(List<Violation> violations) {
    java.util.Map<String, List<Violation>> byRule = new java.util.TreeMap<>();
    violations.forEach(v -> byRule.computeIfAbsent(v.rule(), r -> new ArrayList<>()).add(v));
    List<Warning> warnings = new ArrayList<>();
    byRule.forEach(
        (rule, broken) -> {
          String first =
              broken.stream()
                  .limit(3)
                  .map(v -> v.unit().name() + " " + v.period().label())
                  .collect(java.util.stream.Collectors.joining(", "));
          warnings.add(
              Warning.of(
                  Warning.Kind.VALIDATION,
                  "validation rule '"
                      + rule
                      + "' ("
                      + broken.get(0).expression()
                      + ") fails for "
                      + broken.size()
                      + (broken.size() == 1 ? " unit and period: " : " units and periods: ")
                      + first
                      + (broken.size() > 3 ? ", …" : "")));
        });
    return warnings;
  }

  static List<Warning> of(Results results) {
    List<Warning> warnings = new ArrayList<>();
    int year = results.period().year();
    boolean anyValue =
        results.outcomes().stream()
            .anyMatch(
                o ->
                    o.period().year() == year
                        && o.value().filter(v -> v.signum() != 0).isPresent());
    if (!anyValue) {
      warnings.add(
          Warning.of(
              Warning.Kind.NO_DATA,
              "no data for "
                  + results.period()
                  + ": every value of the report is missing or zero (are the extracts for "
                  + year
                  + " in place?)"));
    }
    warnings.addAll(missingWarnings(results));
    warnings.addAll(BaselineWarnings.of(results));
    for (InputFile f : results.inputs()) {
      if (f.rowsRejected() > 0) {
        warnings.add(
            Warning.at(
                Warning.Kind.REJECTED_ROWS,
                Location.of(f.path()),
                f.rowsRejected() + " of " + f.rowsRead() + " rows rejected (see rejects.csv)"));
      }
    }
    for (Revision r : results.publication().revisions()) {
      warnings.add(
          Warning.of(
              Warning.Kind.REVISED,
              r.indicatorId()
                  + ", "
                  + r.unit()
                  + ", "
                  + r.period().label()
                  + ": publication "
                  + r.publication()
                  + " showed "
                  + r.before()
                  + ", this one shows "
                  + r.now()
                  + " (the data were revised since)"));
    }
    for (String cell : results.publication().unprotected()) {
      warnings.add(
          Warning.of(
              Warning.Kind.UNPROTECTED,
              cell
                  + ": a small count that earlier publications leave too little room to protect"
                  + " (see docs/disclosure.md)"));
    }
    return warnings;
  }
}
