package rbs.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rbs.model.MissingData;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.Source;

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
    MISSING
  }

  private final AggregationPlan plan;
  private final int districts;
  // source -> [unit][month]: declared districts, then the whole ("all reporting slots missing")
  private final Map<String, boolean[][]> missing = new HashMap<>();
  // source -> [month]: some but not all reporting slots missing
  private final Map<String, boolean[]> partial = new HashMap<>();
  private final List<MissingData> missingData = new ArrayList<>();
  // source -> [unit]: the bits of the earlier whole years with rows (whole: rows in any slot)
  private final Map<String, int[]> earlierYears = new HashMap<>();

  Coverage(AggregationPlan plan, int districts) {
    this.plan = plan;
    this.districts = districts;
  }

  /** Records what one source delivered. */
  void add(Programme programme, Source source, SourceAccumulator rows, LocalDate asOf) {
    int months = AggregationPlan.MONTHS;
    boolean[][] gone = new boolean[districts + 1][months];
    boolean[] some = new boolean[months];
    boolean[] emptyYear = emptyYears(rows, asOf);
    for (int m = 0; m < months; m++) {
      boolean future = plan.month(m).atDay(1).isAfter(asOf);
      boolean expected = source.monthly() || emptyYear[m / 12];
      int[] slots = reportingSlots();
      int absent = 0;
      for (int slot : slots) {
        boolean none = future || (expected && rows.rows(slot, m) == 0);
        if (none) {
          absent++;
          if (slot < districts) {
            gone[slot][m] = true;
          }
          if (!future && inReport(m)) {
            String name =
                slot < districts
                    ? programme.districts().get(slot).name()
                    : programme.municipality();
            missingData.add(new MissingData(source.name(), name, plan.month(m)));
          }
        }
      }
      gone[districts][m] = absent == slots.length;
      some[m] = absent > 0 && absent < slots.length;
    }
    missing.put(source.name(), gone);
    partial.put(source.name(), some);
    int[] years = new int[districts + 1];
    for (int bit = AggregationPlan.MONTHS; bit < AggregationPlan.BITS; bit++) {
      for (int slot = 0; slot <= districts; slot++) {
        if (rows.rows(slot, bit) > 0) {
          years[slot] |= 1 << bit;
          years[districts] |= 1 << bit;
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
      for (int slot = 0; slot <= districts; slot++) {
        perYear[m / 12] += rows.rows(slot, m);
      }
    }
    boolean[] empty = new boolean[2];
    for (int y = 0; y < 2; y++) {
      empty[y] = due[y] && perYear[y] == 0 && perYear[1 - y] >= IMPLAUSIBLY_EMPTY;
    }
    return empty;
  }

  private int[] reportingSlots() {
    if (districts == 0) {
      return new int[] {0};
    }
    int[] slots = new int[districts];
    for (int i = 0; i < districts; i++) {
      slots[i] = i;
    }
    return slots;
  }

  private boolean inReport(int month) {
    return plan.outputPeriods().stream().anyMatch(p -> p.contains(plan.month(month)));
  }

  List<MissingData> missingData() {
    return missingData.stream().sorted().collect(java.util.stream.Collectors.toList());
  }

  /** Whether the data of these sources for a unit (district index or whole) and period is there. */
  State state(Set<String> sources, int unit, Period period) {
    if (plan.isEarlierYear(period)) {
      // known by the year only: there when any of the sources has rows for the unit that year
      int bit = plan.mask(period);
      for (String s : sources) {
        int[] years = earlierYears.get(s);
        if (years != null && (years[unit] & bit) != 0) {
          return State.COMPLETE;
        }
      }
      return State.MISSING;
    }
    int covered = 0;
    int gone = 0;
    boolean incomplete = false;
    for (int m = 0; m < AggregationPlan.MONTHS; m++) {
      if (!period.contains(plan.month(m))) {
        continue;
      }
      covered++;
      boolean monthGone = false;
      for (String s : sources) {
        boolean[][] g = missing.get(s);
        if (g == null) {
          continue;
        }
        monthGone |= g[unit][m];
        incomplete |= unit == districts && partial.get(s)[m];
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
