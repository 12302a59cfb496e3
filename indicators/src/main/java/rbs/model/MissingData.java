package rbs.model;

import java.time.YearMonth;
import java.util.Objects;

/** A month for which a district delivered no rows in a source expected monthly. */
public record MissingData(String source, String district, YearMonth month)
    implements Comparable<MissingData> {

  public MissingData {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(month, "month");
  }

  @Override
  public int compareTo(MissingData o) {
    int c = source.compareTo(o.source);
    if (c != 0) {
      return c;
    }
    c = month.compareTo(o.month);
    return c != 0 ? c : district.compareTo(o.district);
  }
}
