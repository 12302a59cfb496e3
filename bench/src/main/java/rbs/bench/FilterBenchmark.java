package rbs.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import rbs.filter.CelFilters;
import rbs.filter.RowFilter;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.RejectLimit;
import rbs.model.SheetSelection;
import rbs.model.Source;
import rbs.rows.Row;

/**
 * What a CEL filter costs per row, in its three regimes: a filter in the simple form (columns
 * compared with constants, yes/no columns, and/or/not), compiled to comparisons; another filter
 * over a few low-cardinality columns, whose answers the filter remembers per combination of values;
 * and one over a column with more distinct values than it remembers, so that CEL evaluates every
 * row. Each is compared with the same test written as a Java predicate. Usage: {@code bench/run
 * FilterBenchmark [--rows N]} (default 5 million rows per case, after a warm-up of a tenth of
 * that).
 */
public final class FilterBenchmark {

  private static final List<String> DISTRICTS = List.of("Norr", "Söder");

  private static final Source SOURCE =
      new Source(
          "insatser",
          "",
          "data/*.csv",
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          SheetSelection.FIRST,
          1,
          List.of(
              column("stadsdel", ColumnType.DISTRICT),
              column("person", ColumnType.PERSON_ID),
              column("datum", ColumnType.DATE),
              column("malgrupp", ColumnType.TEXT),
              column("samtycke", ColumnType.BOOLEAN),
              column("dygn", ColumnType.INTEGER),
              column("belopp", ColumnType.DECIMAL)),
          Optional.of("stadsdel"),
          "datum",
          Optional.of("person"),
          false,
          false,
          RejectLimit.standard());

  /**
   * Rows are taken round-robin from a pool, so that the loop measures the filter, not allocation.
   */
  private static final int POOL = 1 << 16;

  private FilterBenchmark() {}

  public static void main(String[] args) {
    long rows = 5_000_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[i + 1].replace("_", ""));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Row[] pool = pool();
    CelFilters cel = new CelFilters(DISTRICTS);
    System.out.printf("%,d rows per case (pool of %,d distinct rows)%n", rows, POOL);
    run(
        "compared:   malgrupp == \"kvinna\" && samtycke",
        cel.compile(SOURCE, "malgrupp == \"kvinna\" && samtycke"),
        r -> r.has(3) && r.get(3).equals("kvinna") && r.has(4) && (Boolean) r.get(4),
        pool,
        rows);
    run(
        "remembered: malgrupp in [\"kvinna\", \"barn\"] && samtycke",
        cel.compile(SOURCE, "malgrupp in [\"kvinna\", \"barn\"] && samtycke"),
        r ->
            r.has(3)
                && (r.get(3).equals("kvinna") || r.get(3).equals("barn"))
                && r.has(4)
                && (Boolean) r.get(4),
        pool,
        rows);
    run(
        "evaluated:  dygn % 3 == 0 && malgrupp == \"kvinna\"",
        cel.compile(SOURCE, "dygn % 3 == 0 && malgrupp == \"kvinna\""),
        r -> (r.has(5) ? (Long) r.get(5) : 0L) % 3 == 0 && r.has(3) && r.get(3).equals("kvinna"),
        pool,
        rows);
  }

  private static void run(
      String name, RowFilter filter, Predicate<Row> java, Row[] pool, long rows) {
    // the same answers, or the comparison means nothing
    for (Row r : pool) {
      if (filter.test(r) != java.test(r)) {
        throw new IllegalStateException(name + ": CEL and Java disagree");
      }
    }
    time(filter::test, pool, rows / 10); // warm-up: the JIT compiles the loop and CEL's interpreter
    long t0 = System.nanoTime();
    long passed = time(filter::test, pool, rows);
    double celNs = (System.nanoTime() - t0) / (double) rows;
    time(java, pool, rows / 10);
    long t1 = System.nanoTime();
    long javaPassed = time(java, pool, rows);
    double javaNs = (System.nanoTime() - t1) / (double) rows;
    System.out.printf(
        "%s%n  CEL %,.0f ns/row (%,.2f M rows/s); as a Java predicate %,.1f ns/row;"
            + " %,d of %,d rows pass (Java: %,d)%n",
        name, celNs, 1e3 / celNs, javaNs, passed, rows, javaPassed);
  }

  private static long time(Predicate<Row> filter, Row[] pool, long rows) {
    long passed = 0;
    for (long i = 0; i < rows; i++) {
      if (filter.test(pool[(int) (i & (POOL - 1))])) {
        passed++;
      }
    }
    return passed;
  }

  /** Target groups and consent with a few values (some empty); nights with many. */
  private static Row[] pool() {
    SplittableRandom random = new SplittableRandom(1);
    String[] groups = {"kvinna", "man", "barn", null};
    Boolean[] consent = {Boolean.TRUE, Boolean.FALSE, null};
    LocalDate date = LocalDate.of(2014, 5, 3);
    Row[] pool = new Row[POOL];
    for (int i = 0; i < POOL; i++) {
      int district = random.nextInt(DISTRICTS.size());
      pool[i] =
          new Row(
              district,
              date,
              random.nextLong(),
              true,
              new Object[] {
                district,
                null,
                date,
                groups[random.nextInt(groups.length)],
                consent[random.nextInt(consent.length)],
                random.nextInt(10) == 0 ? null : (long) random.nextInt(100_000),
                BigDecimal.ONE
              });
    }
    return pool;
  }

  private static Column column(String name, ColumnType type) {
    return new Column(name, type, List.of(name), Optional.empty(), true);
  }
}
