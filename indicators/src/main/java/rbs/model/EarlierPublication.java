package rbs.model;

import java.util.List;
import java.util.Objects;

/**
 * What an earlier published report of the same programme showed (read from its publication record):
 * a later publication withholds consistently with it, so that the two read together disclose
 * nothing either alone would not.
 *
 * @param name the record's name, e.g. {@code 2014-T1}, for messages
 * @param outcomes the published outcomes, withheld ones with flag {@link Flag#WITHHELD}
 * @param breakdowns the published outcomes of breakdown categories the programme still has
 */
public record EarlierPublication(
    String name, List<Outcome> outcomes, List<SliceOutcome> breakdowns) {

  public EarlierPublication {
    Objects.requireNonNull(name, "name");
    outcomes = List.copyOf(outcomes);
    breakdowns = List.copyOf(breakdowns);
  }

  /** A publication without breakdowns. */
  public EarlierPublication(String name, List<Outcome> outcomes) {
    this(name, outcomes, List.of());
  }
}
