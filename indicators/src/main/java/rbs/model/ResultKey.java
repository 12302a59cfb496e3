package rbs.model;

import java.util.Objects;

/**
 * What a result is of, as results are looked up: an indicator's or a goal's id, a unit and a
 * period.
 */
public record ResultKey(String id, Unit unit, Period period) {

  public ResultKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
  }

  // written out, as on Period (why there): looked up for every cell of a workbook and every rule
  @Override
  public boolean equals(Object o) {
    return o instanceof ResultKey k
        && id.equals(k.id)
        && unit.equals(k.unit)
        && period.equals(k.period);
  }

  @Override
  public int hashCode() {
    return (31 * id.hashCode() + unit.hashCode()) * 31 + period.hashCode();
  }
}
