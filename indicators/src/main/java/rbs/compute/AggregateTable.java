package rbs.compute;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rbs.model.Aggregate;
import rbs.model.Period;

/**
 * The value of every aggregate of a plan for every unit (declared districts by index, then the
 * whole) and every period of the plan, as an engine delivers them.
 */
final class AggregateTable {

  private final List<Period> periods;
  private final int districts;
  private final Map<Aggregate, BigDecimal[][]> values = new HashMap<>();

  AggregateTable(List<Period> periods, int districts) {
    this.periods = List.copyOf(periods);
    this.districts = districts;
  }

  void put(Aggregate aggregate, BigDecimal[][] byUnitAndPeriod) {
    values.put(aggregate, byUnitAndPeriod);
  }

  /** The unit index of the whole. */
  int whole() {
    return districts;
  }

  /** The value for a unit (district index, or {@link #whole()}) and a period of the plan. */
  BigDecimal value(Aggregate aggregate, int unit, Period period) {
    BigDecimal[][] v = values.get(aggregate);
    int p = periods.indexOf(period);
    if (v == null || p < 0) {
      throw new IllegalArgumentException("not in the plan: " + aggregate + " " + period);
    }
    return v[unit][p];
  }
}
