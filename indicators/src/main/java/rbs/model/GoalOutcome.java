package rbs.model;

import java.util.Objects;

/** A goal's fulfilment for one unit and period, derived from its indicators by the goal's rule. */
public record GoalOutcome(String goalId, Unit unit, Period period, Status status) {

  public GoalOutcome {
    Objects.requireNonNull(goalId, "goalId");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
  }

  /** What this is the fulfilment of, as goal outcomes are looked up. */
  public ResultKey key() {
    return new ResultKey(goalId, unit, period);
  }
}
