package rbs.compute;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rbs.model.Aggregate;
import rbs.model.Period;
import rbs.model.Unit;

/**
 * The value of every aggregate of a plan for every unit and every period of the plan, as an engine
 * delivers them: per aggregate an array by unit (in the order of {@link
 * rbs.model.Programme#units()}) and period (in the plan's order).
 */
final class AggregateTable {

  private final Map<Unit, Integer> units = new HashMap<>();
  // by position in the plan's periods (the first, should one repeat): looked up per outcome
  private final Map<Period, Integer> periods = new HashMap<>();
  private final Map<Aggregate, BigDecimal[][]> values = new HashMap<>();

  AggregateTable(List<Unit> units, List<Period> periods) {
    for (Unit u : units) {
      this.units.put(u, this.units.size());
    }
    for (int i = 0; i < periods.size(); i++) {
      this.periods.putIfAbsent(periods.get(i), i);
    }
  }

  void put(Aggregate aggregate, BigDecimal[][] byUnitAndPeriod) {
    if (byUnitAndPeriod.length != units.size()) {
      throw new IllegalArgumentException(
          "values for " + byUnitAndPeriod.length + " units, not " + units.size());
    }
    values.put(aggregate, byUnitAndPeriod);
  }

  /** The value for a unit and a period of the plan. */
  BigDecimal value(Aggregate aggregate, Unit unit, Period period) {
    BigDecimal[][] v = values.get(aggregate);
    Integer u = units.get(unit);
    Integer p = periods.get(period);
    if (v == null || u == null || p == null) {
      throw new IllegalArgumentException(
          "not in the plan: " + aggregate + " " + unit.name() + " " + period);
    }
    return v[u][p];
  }
}
