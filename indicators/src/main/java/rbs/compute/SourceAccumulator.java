package rbs.compute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import rbs.filter.FilterFailures;
import rbs.filter.FilterSet;
import rbs.filter.RowFilter;
import rbs.model.Breakdown;
import rbs.model.Column;
import rbs.model.MeasureKind;
import rbs.model.Slice;
import rbs.model.Source;
import rbs.model.Unit;
import rbs.rows.Row;
import rbs.rows.RowSink;

/**
 * Runs one source's part of the plan in a single pass: per row, each distinct filter once (their
 * answers remembered per combination of the values they read: {@link FilterSet}), then record
 * counts and sums per (district, month or earlier year) and person month masks; memory is fixed per
 * group plus one entry per distinct (person, district).
 */
final class SourceAccumulator implements RowSink, AutoCloseable {

  private static final int BITS = AggregationPlan.BITS;

  private final AggregationPlan plan;
  // "today" as a day number (see after)
  private final int asOfDay;
  private final AggregationPlan.SourcePlan sourcePlan;
  private final FilterSet filters;
  private final FilterFailures failures;
  private final boolean[] passed;
  private final MeasureKind[] kinds;
  private final int[] filterOf;
  private final int[] columnOf;
  private final int[] personIndex;
  // breakdowns: per aggregate the index of its breakdown (-1 for none) and its category; per row
  // the category of each breakdown the source's aggregates use, worked out once
  private final int[] breakdownOf;
  private final int[] categoryOf;
  private final Breakdown[] breakdowns;
  private final int[] breakdownColumn;
  private final int[] rowCategory;
  private final int districts;
  // slots: declared districts 0..n-1, then rows without a district
  private final long[] rowsPerCell;
  private final long[][] counts;
  private final BigDecimal[][] decimalSums;
  private final PersonMonths persons;
  private long rowsInWindow;
  private long rowsOutside;

  SourceAccumulator(
      AggregationPlan plan,
      AggregationPlan.SourcePlan sourcePlan,
      Source source,
      List<RowFilter> compiled,
      FilterFailures failures,
      int districts,
      LocalDate asOf,
      long heapBytes) {
    this.plan = plan;
    this.asOfDay = dayNumber(asOf);
    this.sourcePlan = sourcePlan;
    this.districts = districts;
    this.filters = new FilterSet(compiled, failures);
    this.failures = failures;
    this.passed = new boolean[filters.size()];
    int n = sourcePlan.aggregates().size();
    kinds = new MeasureKind[n];
    filterOf = new int[n];
    columnOf = new int[n];
    personIndex = new int[n];
    breakdownOf = new int[n];
    categoryOf = new int[n];
    List<Breakdown> used = new ArrayList<>();
    List<String> rowColumns = source.rowColumns().stream().map(Column::name).toList();
    int personAggregates = 0;
    for (int a = 0; a < n; a++) {
      AggregationPlan.PlannedAggregate pa = sourcePlan.aggregates().get(a);
      kinds[a] = pa.aggregate().kind();
      filterOf[a] = pa.filter().orElse(-1);
      columnOf[a] = pa.aggregate().column().map(source::indexOf).orElse(-1);
      if (pa.aggregate().kind() == MeasureKind.SUM && columnOf[a] < 0) {
        throw new IllegalArgumentException(
            "source " + source.name() + " has no column " + pa.aggregate().column().orElse(""));
      }
      personIndex[a] = pa.aggregate().kind() == MeasureKind.PERSONS ? personAggregates++ : -1;
      breakdownOf[a] = -1;
      Optional<Slice> slice = pa.aggregate().slice();
      if (slice.isPresent()) {
        Breakdown b = slice.get().breakdown();
        if (!used.contains(b)) {
          used.add(b);
        }
        breakdownOf[a] = used.indexOf(b);
        categoryOf[a] = slice.get().category();
      }
    }
    breakdowns = used.toArray(new Breakdown[0]);
    breakdownColumn = new int[breakdowns.length];
    for (int b = 0; b < breakdowns.length; b++) {
      breakdownColumn[b] = rowColumns.indexOf(breakdowns[b].column());
      if (breakdownColumn[b] < 0) {
        throw new IllegalArgumentException(
            "source " + source.name() + " has no column " + breakdowns[b].column());
      }
    }
    rowCategory = new int[breakdowns.length];
    int cells = (districts + 1) * BITS;
    rowsPerCell = new long[cells];
    counts = new long[n][cells];
    decimalSums = new BigDecimal[n][];
    persons =
        new PersonMonths(personAggregates, PersonMonths.limitFor(personAggregates, heapBytes));
  }

  /**
   * Adds what another accumulator of the same source and plan took (another reading thread's rows):
   * counts, sums, rows and person months; the other is emptied. This one may then keep as many
   * persons in memory as a table of {@code heapBytes} does.
   */
  void absorb(SourceAccumulator other, ToIntFunction<String> fileOrder, long heapBytes) {
    if (!other.sourcePlan.equals(sourcePlan)) {
      throw new IllegalArgumentException("accumulators of other sources");
    }
    for (int cell = 0; cell < rowsPerCell.length; cell++) {
      rowsPerCell[cell] += other.rowsPerCell[cell];
    }
    for (int a = 0; a < counts.length; a++) {
      for (int cell = 0; cell < counts[a].length; cell++) {
        counts[a][cell] = Math.addExact(counts[a][cell], other.counts[a][cell]);
      }
      if (other.decimalSums[a] != null) {
        if (decimalSums[a] == null) {
          decimalSums[a] = new BigDecimal[counts[a].length];
        }
        for (int cell = 0; cell < counts[a].length; cell++) {
          BigDecimal d = other.decimalSums[a][cell];
          if (d != null) {
            decimalSums[a][cell] = decimalSums[a][cell] == null ? d : decimalSums[a][cell].add(d);
          }
        }
      }
    }
    rowsInWindow += other.rowsInWindow;
    rowsOutside += other.rowsOutside;
    failures.absorb(other.failures, fileOrder);
    persons.absorb(other.persons, PersonMonths.limitFor(countPersonAggregates(), heapBytes));
  }

  /** The failures of the source's filters on the rows taken (and absorbed). */
  FilterFailures failures() {
    return failures;
  }

  /** Deletes the persons that went to disk, if any. */
  @Override
  public void close() {
    persons.close();
  }

  /** Only rows in the window up to "today" (see {@link #accept}); a reader may pass the rest by. */
  @Override
  public boolean wants(LocalDate date) {
    return plan.bit(date) >= 0 && !after(date);
  }

  @Override
  public void accept(Row row) {
    int m = plan.bit(row.date());
    // rows dated after "today" are not known yet as of it; a rerun gives the same numbers
    if (m < 0 || after(row.date())) {
      rowsOutside++;
      return;
    }
    rowsInWindow++;
    int slot = slotOf(row.district());
    int cell = slot * BITS + m;
    rowsPerCell[cell]++;
    filters.test(row, passed);
    for (int b = 0; b < breakdowns.length; b++) {
      int column = breakdownColumn[b];
      rowCategory[b] =
          breakdowns[b].categoryOf(
              row.has(column) ? Optional.of(row.get(column)) : Optional.empty());
    }
    int entry = -1;
    for (int a = 0; a < kinds.length; a++) {
      if (filterOf[a] >= 0 && !passed[filterOf[a]]) {
        continue;
      }
      if (breakdownOf[a] >= 0 && rowCategory[breakdownOf[a]] != categoryOf[a]) {
        continue;
      }
      if (kinds[a] == MeasureKind.COUNT) {
        counts[a][cell]++;
      } else if (kinds[a] == MeasureKind.SUM) {
        addToSum(a, cell, row);
      } else if (row.hasPerson()) {
        if (entry < 0) {
          entry = persons.entry(row.person(), slot);
        }
        persons.add(entry, personIndex[a], 1 << m);
      }
    }
  }

  /**
   * Whether a date is after "today", by one comparison of numbers ({@code LocalDate.isAfter} asks
   * year, then month, then day: ways through the compiled reading loop that its first rows of a new
   * year had not taken, each sending it back to be compiled again).
   */
  private boolean after(LocalDate date) {
    return dayNumber(date) > asOfDay;
  }

  private static int dayNumber(LocalDate date) {
    return (date.getYear() << 9) | (date.getMonthValue() << 5) | date.getDayOfMonth();
  }

  private int slotOf(int district) {
    if (district == Row.NO_DISTRICT) {
      return districts;
    }
    if (district < 0 || district >= districts) {
      throw new IllegalArgumentException("row district index out of range: " + district);
    }
    return district;
  }

  private void addToSum(int a, int cell, Row row) {
    int column = columnOf[a];
    if (!row.has(column)) {
      return;
    }
    Object v = row.get(column);
    if (v instanceof Long l) {
      counts[a][cell] += l;
    } else {
      if (decimalSums[a] == null) {
        decimalSums[a] = new BigDecimal[counts[a].length];
      }
      BigDecimal[] sums = decimalSums[a];
      BigDecimal d = (BigDecimal) v;
      sums[cell] = sums[cell] == null ? d : sums[cell].add(d);
    }
  }

  long rowsInWindow() {
    return rowsInWindow;
  }

  long rowsOutside() {
    return rowsOutside;
  }

  /** Distinct (person, district) entries in memory now. */
  int personEntries() {
    return persons.size();
  }

  /** Entries that did not fit in memory and went to disk (0 when all fitted). */
  long personEntriesSpilled() {
    return persons.spilled();
  }

  /** Time spent writing entries to disk and counting them from there. */
  long spillNanos() {
    return persons.spillNanos();
  }

  /** Rows of a unit in a bit (month or earlier year); the whole has every row. */
  long rows(Unit unit, int bit) {
    return switch (unit.level()) {
      case DISTRICT -> rowsPerCell[unit.index() * BITS + bit];
      case GROUP -> {
        long rows = 0;
        for (Unit member : unit.members()) {
          rows += rowsPerCell[member.index() * BITS + bit];
        }
        yield rows;
      }
      case MUNICIPALITY -> {
        long rows = 0;
        for (int slot = 0; slot <= districts; slot++) {
          rows += rowsPerCell[slot * BITS + bit];
        }
        yield rows;
      }
    };
  }

  /**
   * The values of every aggregate of the source: {@code [aggregate][unit][period]} with units in
   * the order of {@code units} ({@link rbs.model.Programme#units()}: the declared districts, the
   * groups, the whole). A group's and the whole's distinct persons are counted over their slots'
   * records, a person in two of them once; counts and sums add up over the slots.
   */
  BigDecimal[][][] values(List<Unit> units) {
    List<AggregationPlan.PlannedAggregate> aggs = sourcePlan.aggregates();
    int[] masks = plan.periods().stream().mapToInt(plan::mask).toArray();
    // the slots of each unit: a district's own, a group's members', every slot for the whole
    int[][] slots = new int[units.size()][];
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      slots[u] =
          switch (unit.level()) {
            case DISTRICT -> new int[] {unit.index()};
            case GROUP -> unit.members().stream().mapToInt(Unit::index).toArray();
            case MUNICIPALITY -> java.util.stream.IntStream.rangeClosed(0, districts).toArray();
          };
    }
    int personAggregates = countPersonAggregates();
    long[][][] personCounts = new long[personAggregates][units.size()][masks.length];
    if (personAggregates > 0 && !persons.isEmpty()) {
      persons.count(masks, personCounts, slots);
    }
    BigDecimal[][][] out = new BigDecimal[aggs.size()][units.size()][];
    for (int a = 0; a < aggs.size(); a++) {
      for (int u = 0; u < units.size(); u++) {
        BigDecimal[] row = new BigDecimal[masks.length];
        for (int p = 0; p < masks.length; p++) {
          row[p] =
              personIndex[a] >= 0
                  ? BigDecimal.valueOf(personCounts[personIndex[a]][u][p])
                  : sumCells(a, slots[u], masks[p]);
        }
        out[a][u] = row;
      }
    }
    return out;
  }

  private int countPersonAggregates() {
    int n = 0;
    for (int i : personIndex) {
      n += i >= 0 ? 1 : 0;
    }
    return n;
  }

  /** Sum of counts/sums over the months of a mask and the given slots. */
  private BigDecimal sumCells(int a, int[] slots, int mask) {
    long total = 0;
    BigDecimal decimals = BigDecimal.ZERO;
    for (int s : slots) {
      for (int m = 0; m < BITS; m++) {
        if ((mask & (1 << m)) == 0) {
          continue;
        }
        int cell = s * BITS + m;
        total = Math.addExact(total, counts[a][cell]);
        if (decimalSums[a] != null && decimalSums[a][cell] != null) {
          decimals = decimals.add(decimalSums[a][cell]);
        }
      }
    }
    return decimals.add(BigDecimal.valueOf(total));
  }
}
