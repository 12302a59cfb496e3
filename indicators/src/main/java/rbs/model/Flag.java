package rbs.model;

/** The Swedish statistical symbols for a value that is not shown as a number. */
public enum Flag {
  /** A value is shown. */
  NONE(""),
  /** No data: the district delivered nothing for the period, or a denominator is zero ("-"). */
  MISSING("-"),
  /** Withheld for confidentiality in a published report (".."). */
  WITHHELD(".."),
  /**
   * Not measured: the source (a survey every second year) has no measurement that year, which is no
   * gap in the data (".", as in "cannot occur").
   */
  NOT_MEASURED(".");

  private final String symbol;

  Flag(String symbol) {
    this.symbol = symbol;
  }

  /** Whether there is no value to show for want of data: missing, or not measured. */
  public boolean noData() {
    return this == MISSING || this == NOT_MEASURED;
  }

  /** The symbol shown in reports and written to results.csv. */
  public String symbol() {
    return symbol;
  }
}
