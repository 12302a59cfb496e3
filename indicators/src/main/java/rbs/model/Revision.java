package rbs.model;

import java.util.Objects;

/**
 * A figure an earlier publication showed that the data now contradict (the extract was corrected or
 * completed since): the reader of both publications sees two numbers for one thing.
 *
 * @param publication the earlier publication's name (e.g. {@code 2014-T1})
 * @param before the number published then, as written in results.csv
 * @param now the number now, or {@code ..} when it is now withheld
 */
public record Revision(
    String indicatorId, String unit, Period period, String publication, String before, String now) {

  public Revision {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(now, "now");
  }
}
