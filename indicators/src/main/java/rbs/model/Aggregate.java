package rbs.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One aggregate over the records of a source: a count of records, a count of distinct persons or
 * the sum of a numeric column, over the records that pass the filter (a CEL expression over the
 * source's columns).
 */
public record Aggregate(Kind kind, String source, Optional<String> column, Optional<String> filter)
    implements Measure {

  /** What is aggregated. */
  public enum Kind {
    /** Number of records. */
    RECORDS("count"),
    /** Number of distinct persons (by the source's person column). */
    PERSONS("persons"),
    /** Sum of a numeric column. */
    SUM("sum");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The word used in the programme file. */
    public String key() {
      return key;
    }
  }

  public Aggregate {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(filter, "filter");
    if ((kind == Kind.SUM) != column.isPresent()) {
      throw new IllegalArgumentException("a sum needs a column, and only a sum has one");
    }
  }

  @Override
  public boolean isSmall(Outcome outcome, int threshold) {
    return isCount() && Measure.small(Measure.count(outcome.value()), threshold);
  }

  @Override
  public boolean countsPeople() {
    return isCount();
  }

  @Override
  public String kindName() {
    return kind.key();
  }

  /** Whether this aggregate counts persons or records (and so is subject to disclosure control). */
  public boolean isCount() {
    return kind != Kind.SUM;
  }
}
