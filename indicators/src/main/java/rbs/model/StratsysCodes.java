package rbs.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a programme's published figures are named in Stratsys (ILS), for {@code --export stratsys}:
 * the external code of each unit in Stratsys's organisation tree, of the measure each indicator's
 * figures go to (per period level), and of the measure column written (e.g. {@code UTFALL}).
 *
 * @param column the measure column's external code
 * @param decimal the decimal separator of the values written: ',' or '.'
 * @param units unit name (as declared: a district's name or the municipality) → its external code
 * @param measures indicator id → period level → the measure's external code
 */
public record StratsysCodes(
    String column,
    char decimal,
    Map<String, String> units,
    Map<String, Map<PeriodKind, String>> measures) {

  public StratsysCodes {
    Objects.requireNonNull(column, "column");
    if (decimal != ',' && decimal != '.') {
      throw new IllegalArgumentException("the decimal separator is ',' or '.'");
    }
    units = Map.copyOf(units);
    Map<String, Map<PeriodKind, String>> copy = new TreeMap<>();
    measures.forEach((id, byLevel) -> copy.put(id, Map.copyOf(byLevel)));
    measures = Map.copyOf(copy);
    if (measures.values().stream().anyMatch(m -> m.containsKey(PeriodKind.FORECAST))) {
      throw new IllegalArgumentException("a forecast is not exported");
    }
  }
}
