package rbs.model;

/**
 * In which years a source is measured: every year, or every {@code every} years counted from {@code
 * from} (a survey made every second year). A year without a measurement is not measured, not
 * missing, and a trend compares with the measurement before.
 *
 * @param every years between measurements, at least 1
 * @param from a year with a measurement (any, when every year is)
 */
public record Periodicity(int every, int from) {

  public Periodicity {
    if (every < 1) {
      throw new IllegalArgumentException("a source is measured at least every year apart");
    }
  }

  /** Every year. */
  public static Periodicity yearly() {
    return new Periodicity(1, 0);
  }

  /** Whether the source is measured in the year. */
  public boolean measures(int year) {
    return Math.floorMod(year - from, every) == 0;
  }
}
