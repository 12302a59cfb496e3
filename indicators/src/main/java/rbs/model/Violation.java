package rbs.model;

import java.util.Objects;

/**
 * A validation rule the data break for one unit and period. It holds no values: a violation is
 * reported where small counts must not be (the values are in the internal results).
 *
 * @param rule the rule's id ({@code share:<indicator>} for a share whose numerator exceeds its
 *     denominator)
 * @param expression what the rule says
 */
public record Violation(String rule, String expression, Unit unit, Period period)
    implements Comparable<Violation> {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
  }

  @Override
  public int compareTo(Violation o) {
    int c = rule.compareTo(o.rule);
    if (c != 0) {
      return c;
    }
    c = unit.compareTo(o.unit);
    return c != 0 ? c : period.compareTo(o.period);
  }
}
