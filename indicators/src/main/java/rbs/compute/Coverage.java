package rbs.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rbs.model.MissingData;
import rbs.model.Period;
import rbs.model.Source;
import rbs.model.Unit;

/**
 * Which (unit, month) of each source has no data: for a source expected monthly, a due month in
 * which a district delivered no rows at all; for every source, a month not yet begun at the as-of
 * date. Outcomes over such months are missing (all months) or incomplete (some). A whole year
 * before the window (annual reports) is known by the year only: missing when it has no rows.
 */
final class Coverage {

  /** How much of a unit's data for a period is there. */
  enum State {
    COMPLETE,
    INCOMPLETE,
    MISSING,
    /** A year the sources are not measured in (a survey every second year): no gap. */
    NOT_MEASURED
  }

  private final AggregationPlan plan;
  private final List<Unit> units;
  private final Map<Unit, Integer> index = new HashMap<>();
  private final Unit whole;
  // the units that deliver rows: the districts, or the municipality when it has none
  private final List<Unit> reporting;
  // source -> [unit][month]: by the units' positions; a whole "missing" when all reporting are
  private final Map<String, boolean[][]> missing = new HashMap<>();
  // source -> [unit][month]: some but not all of the unit's reporting units missing
  private final Map<String, boolean[][]> partial = new HashMap<>();
  private final List<MissingData> missingData = new ArrayList<>();
  // source -> [unit]: the bits of the earlier whole years with rows
  private final Map<String, int[]> earlierYears = new HashMap<>();
  // source -> in which years it is measured
  private final Map<String, rbs.model.Periodicity> periodicity = new HashMap<>();

  /**
   * @param units the programme's units, in the order of {@link rbs.model.Programme#units()}
   */
  Coverage(AggregationPlan plan, List<Unit> units) {
    this.plan = plan;
    this.units = List.copyOf(units);
    for (Unit u : units) {
      index.put(u, index.size());
    }
    this.whole = units.stream().filter(Unit::isWhole).findFirst().orElseThrow();
    List<Unit> districts = units.stream().filter(u -> u.level() == Unit.Level.DISTRICT).toList();
    this.reporting = districts.isEmpty() ? List.of(whole) : districts;
  }

  /** Records what one source delivered. */
  void add(Source source, SourceAccumulator rows, LocalDate asOf) {
    int months = AggregationPlan.MONTHS;
    boolean[][] gone = new boolean[units.size()][months];
    boolean[][] some = new boolean[units.size()][months];
    periodicity.put(source.name(), source.periodicity());
    boolean[] emptyYear = emptyYears(rows, asOf);
    for (int m = 0; m < months; m++) {
      boolean future = plan.month(m).atDay(1).isAfter(asOf);
      boolean measured = source.periodicity().measures(plan.month(m).getYear());
      boolean expected = measured && (source.monthly() || emptyYear[m / 12]);
      int absent = 0;
      for (Unit unit : reporting) {
        boolean none = future || (expected && rows.rows(unit, m) == 0);
        if (none) {
          absent++;
          gone[index.get(unit)][m] = true;
          if (!future && inReport(m)) {
            missingData.add(new MissingData(source.name(), unit.name(), plan.month(m)));
          }
        }
      }
      gone[index.get(whole)][m] = absent == reporting.size();
      some[index.get(whole)][m] = absent > 0 && absent < reporting.size();
      for (Unit unit : units) {
        if (unit.level() == Unit.Level.GROUP) {
          // a group's month is missing when all its members' are, incomplete when some are
          int month = m;
          long members = unit.members().size();
          long without = unit.members().stream().filter(d -> gone[index.get(d)][month]).count();
          gone[index.get(unit)][m] = without == members;
          some[index.get(unit)][m] = without > 0 && without < members;
        }
      }
    }
    missing.put(source.name(), gone);
    partial.put(source.name(), some);
    int[] years = new int[units.size()];
    for (int bit = AggregationPlan.MONTHS; bit < AggregationPlan.BITS; bit++) {
      for (Unit unit : units) {
        if (rows.rows(unit, bit) > 0) {
          years[index.get(unit)] |= 1 << bit;
        }
      }
    }
    earlierYears.put(source.name(), years);
  }

  /**
   * Rows in the other year's same months from which a year without any row is implausible as a true
   * zero: for events arriving at random (Poisson), nothing at all where 12 or more are usual
   * happens less than once in 100,000. A rare-event source (a handful a year) is left as zeros.
   */
  static final int IMPLAUSIBLY_EMPTY = 12;

  /**
   * Per year of the window: whether the source has no rows at all in the report's months of that
   * year (up to the as-of date) although the other year has at least {@link #IMPLAUSIBLY_EMPTY}.
   * Such a year is a file not in place, and counting it as zero would show a false trend.
   */
  private boolean[] emptyYears(SourceAccumulator rows, LocalDate asOf) {
    long[] perYear = new long[2];
    boolean[] due = new boolean[2];
    for (int m = 0; m < AggregationPlan.MONTHS; m++) {
      if (!inReport(m) || plan.month(m).atDay(1).isAfter(asOf)) {
        continue;
      }
      due[m / 12] = true;
      perYear[m / 12] += rows.rows(whole, m);
    }
    boolean[] empty = new boolean[2];
    for (int y = 0; y < 2; y++) {
      empty[y] = due[y] && perYear[y] == 0 && perYear[1 - y] >= IMPLAUSIBLY_EMPTY;
    }
    return empty;
  }

  private boolean inReport(int month) {
    return plan.outputPeriods().stream().anyMatch(p -> p.contains(plan.month(month)));
  }

  List<MissingData> missingData() {
    return missingData.stream().sorted().collect(java.util.stream.Collectors.toList());
  }

  /** Whether the data of these sources for a unit and period is there. */
  State state(Set<String> sources, Unit unit, Period period) {
    int u = index.get(unit);
    boolean measured =
        sources.stream()
            .anyMatch(
                s ->
                    periodicity
                        .getOrDefault(s, rbs.model.Periodicity.yearly())
                        .measures(period.year()));
    if (!measured) {
      return State.NOT_MEASURED;
    }
    if (plan.isEarlierYear(period)) {
      // known by the year only: there when any of the sources has rows for the unit that year
      int bit = plan.mask(period);
      for (String s : sources) {
        int[] years = earlierYears.get(s);
        if (years != null && (years[u] & bit) != 0) {
          return State.COMPLETE;
        }
      }
      return State.MISSING;
    }
    int covered = 0;
    int gone = 0;
    boolean incomplete = false;
    // the window's months the period contains, by index (Period.contains per month allocated)
    int first = Math.max(0, plan.monthIndex(period.from()));
    int last = Math.min(AggregationPlan.MONTHS - 1, plan.monthIndex(period.to()));
    for (int m = first; m <= last; m++) {
      covered++;
      boolean monthGone = false;
      for (String s : sources) {
        boolean[][] g = missing.get(s);
        if (g == null) {
          continue;
        }
        monthGone |= g[u][m];
        incomplete |= partial.get(s)[u][m];
      }
      if (monthGone) {
        gone++;
      }
    }
    if (covered > 0 && gone == covered) {
      return State.MISSING;
    }
    return gone > 0 || incomplete ? State.INCOMPLETE : State.COMPLETE;
  }
}
