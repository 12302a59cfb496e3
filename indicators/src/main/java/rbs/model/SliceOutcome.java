package rbs.model;

import java.util.Objects;

/**
 * The outcome of one indicator for one category of a breakdown, one unit and one period: an
 * ordinary outcome (its indicator id is the indicator's) of the indicator's measure over the
 * slice's records, with no target of its own.
 */
public record SliceOutcome(Slice slice, Outcome outcome) {

  public SliceOutcome {
    Objects.requireNonNull(slice, "slice");
    Objects.requireNonNull(outcome, "outcome");
  }
}
