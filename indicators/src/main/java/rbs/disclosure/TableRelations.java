package rbs.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Unit;

/**
 * The additive relations a reader can use among one indicator's outcomes: each tertial, year to
 * date and year is the sum of its months (per unit), and each period's whole municipality is the
 * sum of its districts.
 *
 * <p>For distinct persons neither holds exactly (a person counted in two months or two districts is
 * counted once in the total), but they hold nearly, so they are treated as exact: that can only
 * withhold more, never less.
 */
final class TableRelations {

  private TableRelations() {}

  static LinearRelations of(List<Outcome> cells) {
    LinearRelations relations = new LinearRelations(cells.size());
    Map<Unit, Map<YearMonth, Integer>> months = new HashMap<>();
    Map<Period, Map<Unit, Integer>> byPeriod = new HashMap<>();
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Outcome o = cells.get(i);
      if (o.period().kind() == PeriodKind.MONTH) {
        months
            .computeIfAbsent(o.unit(), u -> new HashMap<>())
            .put(YearMonth.from(o.period().from()), i);
      }
      if (!byPeriod.containsKey(o.period())) {
        periods.add(o.period());
      }
      byPeriod.computeIfAbsent(o.period(), p -> new HashMap<>()).put(o.unit(), i);
    }
    for (int i = 0; i < cells.size(); i++) {
      Outcome o = cells.get(i);
      if (o.period().kind() == PeriodKind.MONTH || o.period().months() < 2) {
        continue;
      }
      Map<YearMonth, Integer> unitMonths = months.getOrDefault(o.unit(), Map.of());
      int[] parts = new int[o.period().months()];
      boolean complete = true;
      for (int m = 0; m < parts.length && complete; m++) {
        Integer part = unitMonths.get(YearMonth.of(o.period().year(), o.period().firstMonth() + m));
        complete = part != null;
        parts[m] = complete ? part : -1;
      }
      if (complete) {
        relations.add(i, parts);
      }
    }
    for (Period p : periods) {
      Map<Unit, Integer> units = byPeriod.get(p);
      Integer whole = null;
      List<Integer> districts = new ArrayList<>();
      for (Map.Entry<Unit, Integer> e : units.entrySet()) {
        if (e.getKey().isWhole()) {
          whole = e.getValue();
        } else {
          districts.add(e.getValue());
        }
      }
      if (whole != null && !districts.isEmpty()) {
        districts.sort(null);
        relations.add(whole, districts.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return relations;
  }
}
