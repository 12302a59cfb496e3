package rbs.model;

/** The kinds of period an outcome is computed for. */
public enum PeriodKind {
  MONTH("month"),
  TERTIAL("tertial"),
  /** From 1 January to the end of the report period. */
  YEAR_TO_DATE("ytd"),
  YEAR("year"),
  /** The twelve months to the end of a month (rullande tolv månader), in monthly follow-up. */
  ROLLING("rolling"),
  /**
   * A full-year forecast (helårsprognos) made in a tertial report from the year-to-date outcome; it
   * spans the whole year but is not an outcome of it.
   */
  FORECAST("forecast");

  private final String key;

  PeriodKind(String key) {
    this.key = key;
  }

  /** The word used in results.csv. */
  public String key() {
    return key;
  }
}
