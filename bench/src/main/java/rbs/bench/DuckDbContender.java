package rbs.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import rbs.compute.AggregationPlan;
import rbs.model.Period;

/**
 * DuckDB in the compute benchmark, in a process of its own, computing the same numbers from the
 * same files with {@code threads} threads. Two formulations:
 *
 * <ul>
 *   <li>{@code reduced}, DuckDB at its best: the engine's own algorithm in SQL — one typed scan,
 *       {@code GROUP BY district, person} with {@code bit_or(1 << month) FILTER (…)} per filter,
 *       the city as {@code bit_or} over each person's districts, then {@code count_if(mask & period
 *       <> 0)} per filter and period;
 *   <li>{@code distinct}, the direct translation: {@code count(DISTINCT person) FILTER (…)} per
 *       filter and period, {@code GROUPING SETS ((district), ())}.
 * </ul>
 *
 * Usage: {@code DuckDbContender DIR OUT THREADS reduced|distinct}.
 */
public final class DuckDbContender {

  private static final String MUNICIPALITY = "Stockholm";

  private DuckDbContender() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[2]);
    boolean reduced = args[3].equals("reduced");
    List<Period> periods = AggregationPlan.outputPeriods(RbsContender.REPORT);
    List<String> names = new ArrayList<>();
    for (String[] f : BenchExtract.FILTERS) {
      for (Period p : periods) {
        names.add(f[0] + "|" + p.from() + "|" + p.to());
      }
    }
    String sql = reduced ? reduced(dir, periods) : distinct(dir, periods);
    Map<String, Long> numbers = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("SET threads = " + threads);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          String district = rs.getString(1);
          String unit = district == null ? MUNICIPALITY : district;
          for (int i = 0; i < names.size(); i++) {
            String[] parts = names.get(i).split("\\|", -1);
            numbers.put(parts[0] + "|" + unit + "|" + parts[1] + "|" + parts[2], rs.getLong(i + 2));
          }
        }
      }
    }
    Contender.finish(numbers, Path.of(args[1]), start);
  }

  /** The typed scan of every extract, rows of the window up to the as-of date. */
  private static String scan(Path dir) {
    return String.format(
        Locale.ROOT,
        "SELECT * FROM read_csv('%s/data/*.csv', header = true, delim = ';', quote = '\"',"
            + " columns = {'stadsdel': 'VARCHAR', 'person': 'VARCHAR', 'datum': 'DATE', 'malgrupp':"
            + " 'VARCHAR', 'handelse': 'VARCHAR', 'vardnadshavare': 'BOOLEAN', 'samtycke':"
            + " 'BOOLEAN'}) WHERE datum BETWEEN DATE '2013-01-01' AND DATE '%s'",
        dir.toAbsolutePath(),
        RbsContender.AS_OF);
  }

  /** A filter of the programme in SQL (an empty yes/no cell is NULL: it does not pass). */
  private static String sql(String cel) {
    return cel.replace(" == ", " = ").replace(" && ", " AND ").replace('"', '\'');
  }

  private static String reduced(Path dir, List<Period> periods) {
    LocalDate first = LocalDate.of(RbsContender.REPORT.year() - 1, 1, 1);
    StringBuilder q = new StringBuilder("WITH r AS (").append(scan(dir)).append("),\n");
    q.append("p AS (SELECT stadsdel, person");
    for (int f = 0; f < BenchExtract.FILTERS.size(); f++) {
      q.append(
          String.format(
              Locale.ROOT,
              ",\n bit_or(1 << ((year(datum) - %d) * 12 + month(datum) - 1)) FILTER (WHERE %s) AS"
                  + " m%d",
              first.getYear(),
              sql(BenchExtract.FILTERS.get(f)[1]),
              f));
    }
    q.append("\n FROM r GROUP BY stadsdel, person),\n");
    q.append("u AS (SELECT stadsdel");
    for (int f = 0; f < BenchExtract.FILTERS.size(); f++) {
      q.append(", m").append(f);
    }
    q.append(" FROM p UNION ALL SELECT NULL");
    for (int f = 0; f < BenchExtract.FILTERS.size(); f++) {
      q.append(", bit_or(m").append(f).append(")");
    }
    q.append(" FROM p GROUP BY person)\nSELECT stadsdel");
    for (int f = 0; f < BenchExtract.FILTERS.size(); f++) {
      for (Period p : periods) {
        int mask = 0;
        for (int i = 0; i < AggregationPlan.MONTHS; i++) {
          if (p.contains(java.time.YearMonth.from(first).plusMonths(i))) {
            mask |= 1 << i;
          }
        }
        q.append(String.format(Locale.ROOT, ",\n count_if(m%d & %d <> 0)", f, mask));
      }
    }
    return q.append("\nFROM u GROUP BY stadsdel").toString();
  }

  private static String distinct(Path dir, List<Period> periods) {
    StringBuilder q = new StringBuilder("SELECT stadsdel");
    for (String[] f : BenchExtract.FILTERS) {
      for (Period p : periods) {
        q.append(
            String.format(
                Locale.ROOT,
                ",\n count(DISTINCT person) FILTER (WHERE %s AND datum BETWEEN DATE '%s' AND DATE"
                    + " '%s')",
                sql(f[1]),
                p.from(),
                p.to()));
      }
    }
    return q.append("\nFROM (")
        .append(scan(dir))
        .append(") GROUP BY GROUPING SETS ((stadsdel), ())")
        .toString();
  }
}
