package rbs.samples.attack;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an attack on one or more publications found.
 *
 * @param withheld every withheld count whose true value is small, with its range and verdict
 * @param shown every small count shown outright (verdict {@link Verdict#SHOWN})
 * @param forecastLeaks forecasts shown while their year to date is withheld
 * @param conflicts numbers two publications show differently (then the first one is used)
 */
record AttackReport(
    String name,
    int threshold,
    List<Finding> withheld,
    List<Finding> shown,
    List<ForecastLeak> forecastLeaks,
    Coverage coverage,
    List<String> conflicts) {

  AttackReport {
    Objects.requireNonNull(name, "name");
    withheld = List.copyOf(withheld);
    shown = List.copyOf(shown);
    forecastLeaks = List.copyOf(forecastLeaks);
    Objects.requireNonNull(coverage, "coverage");
    conflicts = List.copyOf(conflicts);
  }

  /** The withheld small counts that the relations determine or box in. */
  List<Finding> leaks() {
    return withheld.stream().filter(f -> f.verdict().leaks()).toList();
  }

  long count(Verdict v) {
    return (v == Verdict.SHOWN ? shown : withheld).stream().filter(f -> f.verdict() == v).count();
  }

  /** Whether the publications give away nothing: no small count shown, determined or boxed. */
  boolean safe() {
    return shown.isEmpty() && leaks().isEmpty() && forecastLeaks.isEmpty();
  }

  /** One line of the summary table (see {@link Coverage#header()}). */
  String summary() {
    Coverage c = coverage;
    return String.format(
        Locale.ROOT,
        "%-22s %6d %8d %8d %11d %6.1f%% %10s %9d %8d %6d %6d",
        name,
        c.cells(),
        c.withheld(),
        c.primary(),
        c.complements(),
        100 * c.shownShare(),
        c.hiddenMunicipality().isEmpty() ? "all" : c.hiddenMunicipality().size() + " hidden",
        count(Verdict.DETERMINED),
        count(Verdict.BOXED),
        shown.size(),
        forecastLeaks.size());
  }

  /** The summary line, then every finding, one a line. */
  String describe() {
    StringBuilder s =
        new StringBuilder(Coverage.header()).append('\n').append(summary()).append('\n');
    leaks().forEach(f -> s.append("  ").append(f).append('\n'));
    shown.forEach(f -> s.append("  ").append(f).append('\n'));
    forecastLeaks.forEach(f -> s.append("  ").append(f).append('\n'));
    coverage
        .hiddenMunicipality()
        .forEach(h -> s.append("  hidden municipality figure ").append(h).append('\n'));
    conflicts.forEach(c -> s.append("  conflict ").append(c).append('\n'));
    return s.toString();
  }
}
