package rbs.model;

import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The starting point (utgångsläge) a programme is followed up against: the whole year whose
 * outcomes reports show beside the current ones, with the change since; an indicator measured first
 * in a later year may name its own.
 *
 * @param year the programme's baseline year
 * @param indicators indicator id → its own baseline year, where it differs
 */
public record Baseline(int year, Map<String, Integer> indicators) {

  public Baseline {
    Objects.requireNonNull(indicators, "indicators");
    indicators = java.util.Collections.unmodifiableMap(new TreeMap<>(indicators));
    checkYear(year);
    indicators.values().forEach(Baseline::checkYear);
  }

  /** A baseline year for every indicator alike. */
  public static Baseline of(int year) {
    return new Baseline(year, Map.of());
  }

  private static void checkYear(int y) {
    if (y < 1900 || y > 2999) {
      throw new IllegalArgumentException("baseline year out of range: " + y);
    }
  }

  /** The baseline year of an indicator. */
  public int yearOf(String indicatorId) {
    return indicators.getOrDefault(indicatorId, year);
  }

  /** The baseline period of an indicator: its baseline year, whole. */
  public Period periodOf(String indicatorId) {
    return Period.year(yearOf(indicatorId));
  }

  /** Every baseline year, ascending. */
  public SortedSet<Integer> years() {
    SortedSet<Integer> years = new TreeSet<>(indicators.values());
    years.add(year);
    return years;
  }
}
