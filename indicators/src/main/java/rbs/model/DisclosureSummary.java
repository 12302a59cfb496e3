package rbs.model;

/**
 * What disclosure control did to one publication, for the manifest and the README's figure.
 *
 * @param cells published cells (outcomes of protected indicators at the published levels, forecasts
 *     not counted)
 * @param withheld cells shown as {@code ..}
 * @param primary cells withheld because they are small counts themselves
 * @param complements cells withheld so that no small count can be worked out (τ-ARGUS's secondary
 *     suppression), including those withheld because an earlier publication withheld them
 * @param unpublished outcomes left out of the publication because their level is not published
 * @param wholeAboveMonth municipality cells above the month level that are not small themselves
 * @param wholeAboveMonthWithheld how many of those are withheld all the same
 */
public record DisclosureSummary(
    int cells,
    int withheld,
    int primary,
    int complements,
    int unpublished,
    int wholeAboveMonth,
    int wholeAboveMonthWithheld) {

  public DisclosureSummary {
    if (cells < 0
        || withheld < 0
        || primary < 0
        || complements < 0
        || unpublished < 0
        || wholeAboveMonth < 0
        || wholeAboveMonthWithheld < 0
        || primary + complements != withheld
        || withheld > cells) {
      throw new IllegalArgumentException("inconsistent disclosure summary");
    }
  }

  /** Of the cells that need no protection themselves, the share shown (1 when there are none). */
  public double shownShare() {
    int unprotected = cells - primary;
    return unprotected == 0 ? 1.0 : (double) (unprotected - complements) / unprotected;
  }
}
