package rbs.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit's own words about one goal or indicator for a report period, as the unit returned them in
 * its comment form: its analysis, the actions it takes, and, for a goal its indicators cannot
 * judge, its own assessment. Text, never a formula; checked for personal identifiers when read.
 *
 * @param itemId the id of the goal or indicator
 * @param assessment the unit's own fulfilment word for a goal that cannot be computed
 */
public record Comment(
    Unit unit, String itemId, String analysis, String actions, Optional<Status> assessment) {

  public Comment {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(assessment, "assessment");
  }

  /** Whether the unit wrote nothing here. */
  public boolean isEmpty() {
    return analysis.isBlank() && actions.isBlank() && assessment.isEmpty();
  }
}
