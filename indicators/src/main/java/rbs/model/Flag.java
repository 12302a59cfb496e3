package rbs.model;

/** The Swedish statistical symbols for a value that is not shown as a number. */
public enum Flag {
  /** A value is shown. */
  NONE(""),
  /** No data: the district delivered nothing for the period, or a denominator is zero ("-"). */
  MISSING("-"),
  /** Withheld for confidentiality in a published report (".."). */
  WITHHELD("..");

  private final String symbol;

  Flag(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol shown in reports and written to results.csv. */
  public String symbol() {
    return symbol;
  }
}
