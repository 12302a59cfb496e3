package rbs.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A rule across indicators that the data must keep for every unit and period, e.g. {@code
 * kvinnor-deltagit <= kvinnor-erbjudna <= kvinnor-kanda}: a chain of comparisons between the
 * indicators' values (as DHIS2's validation rules).
 *
 * @param id the rule's name, in warnings and on the data-quality sheet
 * @param expression the rule as written
 * @param indicators the indicator ids of the chain, left to right
 * @param comparisons the comparison between each neighbouring pair (one fewer than indicators)
 */
public record ValidationRule(
    String id, String expression, List<String> indicators, List<Comparison> comparisons) {

  /** How two values must compare. */
  public enum Comparison {
    LESS_OR_EQUAL("<="),
    LESS("<"),
    GREATER_OR_EQUAL(">="),
    GREATER(">"),
    EQUAL("==");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** Whether {@code left symbol right} holds. */
    public boolean holds(BigDecimal left, BigDecimal right) {
      int c = left.compareTo(right);
      return switch (this) {
        case LESS_OR_EQUAL -> c <= 0;
        case LESS -> c < 0;
        case GREATER_OR_EQUAL -> c >= 0;
        case GREATER -> c > 0;
        case EQUAL -> c == 0;
      };
    }
  }

  public ValidationRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expression, "expression");
    indicators = List.copyOf(indicators);
    comparisons = List.copyOf(comparisons);
    if (indicators.size() < 2 || comparisons.size() != indicators.size() - 1) {
      throw new IllegalArgumentException("a rule compares at least two indicators");
    }
  }
}
