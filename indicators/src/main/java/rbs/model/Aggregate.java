package rbs.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One aggregate over the records of a source: a count of records, a count of distinct persons or
 * the sum of a numeric column, over the records that pass the filter (a CEL expression over the
 * source's columns).
 *
 * @param kind {@link MeasureKind#COUNT}, {@link MeasureKind#PERSONS} or {@link MeasureKind#SUM}
 * @param column the summed column, for a sum only
 * @param people for a sum: its values count people (accompanying children, persons per case), so a
 *     published report protects it as it does a count ({@code counts_people: true}); counts of
 *     records and persons always are
 * @param slice for a breakdown's category: only the records whose breakdown column falls into it
 */
public record Aggregate(
    MeasureKind kind,
    String source,
    Optional<String> column,
    Optional<String> filter,
    boolean people,
    Optional<Slice> slice)
    implements Measure {

  public Aggregate {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(slice, "slice");
    if (!kind.isVolume()) {
      throw new IllegalArgumentException("an aggregate counts or sums, not " + kind.key());
    }
    if ((kind == MeasureKind.SUM) != column.isPresent()) {
      throw new IllegalArgumentException("a sum needs a column, and only a sum has one");
    }
    if (people && kind != MeasureKind.SUM) {
      throw new IllegalArgumentException("only a sum is declared to count people");
    }
  }

  // written out, as on Period (why there)
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Aggregate a
            && kind == a.kind
            && people == a.people
            && source.equals(a.source)
            && column.equals(a.column)
            && filter.equals(a.filter)
            && slice.equals(a.slice));
  }

  @Override
  public int hashCode() {
    int h = 31 * kind.name().hashCode() + source.hashCode();
    h = 31 * h + column.hashCode();
    h = 31 * h + filter.hashCode();
    h = 31 * h + Boolean.hashCode(people);
    return 31 * h + (slice.isEmpty() ? -1 : slice.get().category());
  }

  /** An aggregate over all the records its filter passes (no breakdown category). */
  public Aggregate(
      MeasureKind kind,
      String source,
      Optional<String> column,
      Optional<String> filter,
      boolean people) {
    this(kind, source, column, filter, people, Optional.empty());
  }

  /** An aggregate whose sums, if it is one, count no people (amounts, hours). */
  public Aggregate(
      MeasureKind kind, String source, Optional<String> column, Optional<String> filter) {
    this(kind, source, column, filter, false);
  }

  /** The sum of a column over every row of a source (a rate's population). */
  public static Aggregate sum(String source, String column) {
    return new Aggregate(MeasureKind.SUM, source, Optional.of(column), Optional.empty());
  }

  @Override
  public List<Aggregate> aggregates() {
    return List.of(this);
  }

  @Override
  public Aggregate in(Slice s) {
    if (slice.isPresent()) {
      throw new IllegalArgumentException("already in a category: " + slice.get().code());
    }
    return new Aggregate(kind, source, column, filter, people, Optional.of(s));
  }

  @Override
  public Figures figures(AggregateValues values, Period period) {
    return Figures.of(values.value(this, period));
  }

  @Override
  public boolean countsPeople() {
    return isCount();
  }

  @Override
  public int quantityCount() {
    return 1;
  }

  @Override
  public long[] quantities(Outcome outcome) {
    return new long[] {Measure.count(outcome.value())};
  }

  @Override
  public List<long[]> smallCounts(Outcome outcome, int threshold) {
    return isCount() && Measure.small(Measure.count(outcome.value()), threshold)
        ? List.<long[]>of(new long[] {1})
        : List.of();
  }

  @Override
  public String figure(Outcome outcome) {
    return Measure.plain(outcome.value());
  }

  /**
   * Whether this aggregate counts persons, records or (a sum declared so) people, and so is subject
   * to disclosure control.
   */
  public boolean isCount() {
    return kind != MeasureKind.SUM || people;
  }
}
