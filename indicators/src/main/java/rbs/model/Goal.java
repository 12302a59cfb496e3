package rbs.model;

import java.util.List;
import java.util.Objects;

/** A goal (mål): a sentence judged by its indicators through a declared rule. */
public record Goal(String id, String text, GoalRule rule, List<Indicator> indicators) {

  public Goal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    indicators = List.copyOf(indicators);
  }
}
