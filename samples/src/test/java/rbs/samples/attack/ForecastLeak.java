package rbs.samples.attack;

import java.util.Objects;

/**
 * A forecast shown while the year to date it is derived from is withheld: the forecast is the year
 * to date times a factor, so it gives the withheld number away.
 */
record ForecastLeak(String publication, Cell yearToDate, double forecast) {

  ForecastLeak {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(yearToDate, "yearToDate");
  }

  @Override
  public String toString() {
    return publication
        + ": forecast "
        + forecast
        + " shown, year to date "
        + yearToDate
        + " withheld";
  }
}
