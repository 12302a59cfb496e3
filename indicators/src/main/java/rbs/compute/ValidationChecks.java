package rbs.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.ResultKey;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.Unit;
import rbs.model.ValidationRule;
import rbs.model.Violation;

/**
 * Checks the programme's validation rules, and that no share's numerator exceeds its denominator,
 * on every unit and period of computed (internal) results. A comparison with a missing value on
 * either side is not checked.
 */
public final class ValidationChecks {

  private ValidationChecks() {}

  /** The rules the results break, sorted by rule, unit and period. */
  public static List<Violation> of(Results results) {
    Map<ResultKey, Outcome> byKey = new HashMap<>();
    for (Outcome o : results.outcomes()) {
      if (o.period().kind() != PeriodKind.FORECAST) {
        byKey.put(o.key(), o);
      }
    }
    List<Violation> out = new ArrayList<>();
    for (ValidationRule rule : results.programme().validation()) {
      String first = rule.indicators().get(0);
      for (Outcome o : results.outcomes()) {
        if (!o.indicatorId().equals(first) || o.period().kind() == PeriodKind.FORECAST) {
          continue;
        }
        if (breaks(rule, byKey, o.unit(), o.period())) {
          out.add(new Violation(rule.id(), rule.expression(), o.unit(), o.period()));
        }
      }
    }
    // Programme.indicator walks the target groups; outcomes name a few indicators many times
    Map<String, Optional<Indicator>> indicators = new HashMap<>();
    for (Outcome o : results.outcomes()) {
      Optional<Indicator> indicator =
          indicators.computeIfAbsent(o.indicatorId(), id -> results.programme().indicator(id));
      if (indicator.isPresent()
          && indicator.get().measure() instanceof Share
          && o.numerator().isPresent()
          && o.denominator().isPresent()
          && o.numerator().get().compareTo(o.denominator().get()) > 0) {
        out.add(
            new Violation(
                "share:" + o.indicatorId(), "numerator <= denominator", o.unit(), o.period()));
      }
    }
    out.sort(null);
    return out;
  }

  private static boolean breaks(
      ValidationRule rule, Map<ResultKey, Outcome> byKey, Unit unit, Period period) {
    for (int i = 0; i < rule.comparisons().size(); i++) {
      Optional<BigDecimal> left = value(byKey, rule.indicators().get(i), unit, period);
      Optional<BigDecimal> right = value(byKey, rule.indicators().get(i + 1), unit, period);
      if (left.isPresent()
          && right.isPresent()
          && !rule.comparisons().get(i).holds(left.get(), right.get())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<BigDecimal> value(
      Map<ResultKey, Outcome> byKey, String indicator, Unit unit, Period period) {
    Outcome o = byKey.get(new ResultKey(indicator, unit, period));
    return o == null ? Optional.empty() : o.value();
  }
}
