package rbs.samples.attack;

import java.util.List;
import java.util.Locale;

/**
 * How much a set of publications shows: cells, withheld cells split into small ones (primary) and
 * the rest (complements), and the share shown of the cells that need no protection.
 *
 * @param cells every cell (indicator × unit × span, forecasts aside) in some publication
 * @param withheld cells with a number withheld in some publication and shown in none
 * @param primary withheld cells with a small true count
 * @param complements withheld cells with no small true count
 * @param unprotected cells with no small true count and with data (not {@code -})
 * @param unprotectedShown those of them shown
 * @param hiddenMunicipality municipality figures above the month level, not small, yet withheld (an
 *     indicator's own, not a breakdown category's)
 */
record Coverage(
    int cells,
    int withheld,
    int primary,
    int complements,
    int unprotected,
    int unprotectedShown,
    List<String> hiddenMunicipality) {

  Coverage {
    hiddenMunicipality = List.copyOf(hiddenMunicipality);
  }

  /** The share shown of the cells that need no protection. */
  double shownShare() {
    return unprotected == 0 ? 1 : (double) unprotectedShown / unprotected;
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-22s %6s %8s %8s %11s %7s %10s %9s %8s %6s %6s",
        "publications",
        "cells",
        "withheld",
        "primary",
        "complements",
        "shown",
        "city-shown",
        "determined",
        "boxed",
        "small",
        "fcast");
  }
}
