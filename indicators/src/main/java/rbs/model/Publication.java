package rbs.model;

import java.util.List;
import java.util.Objects;

/**
 * Whom results are for: internal (every number, marked not for publication) or published (small
 * counts withheld, only the published levels). Workbooks, page headers, results.csv and the
 * manifest read the mode from here, so a workbook cannot be labelled published while showing what
 * disclosure control would withhold.
 *
 * @param levels the levels shown; every level for internal results
 * @param revisions published figures of earlier publications that the data now contradict
 * @param summary what disclosure control withheld (all zero for internal results)
 * @param unprotected small counts whose range a reader can narrow below the threshold although
 *     everything around them that could be withheld is (cells earlier publications showed), as
 *     "indicator unit period"; empty in all but exceptional cases
 */
public record Publication(
    boolean published,
    PublicationLevels levels,
    List<Revision> revisions,
    DisclosureSummary summary,
    List<String> unprotected) {

  public Publication {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(summary, "summary");
    revisions = List.copyOf(revisions);
    unprotected = List.copyOf(unprotected);
    if (!published && (!revisions.isEmpty() || summary.withheld() > 0 || !unprotected.isEmpty())) {
      throw new IllegalArgumentException("internal results withhold nothing");
    }
  }

  /** Everything, for analysts. */
  public static Publication internal() {
    return new Publication(
        false,
        PublicationLevels.all(),
        List.of(),
        new DisclosureSummary(0, 0, 0, 0, 0, 0, 0),
        List.of());
  }
}
