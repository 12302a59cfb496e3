package rbs.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import rbs.compute.EngineListener;
import rbs.compute.LocalEngine;
import rbs.filter.FilterFactory;
import rbs.model.Aggregate;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.District;
import rbs.model.Goal;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.InputFile;
import rbs.model.Measure;
import rbs.model.MeasureKind;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Polarity;
import rbs.model.Programme;
import rbs.model.RejectLimit;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.SheetSelection;
import rbs.model.Source;
import rbs.model.Target;
import rbs.model.TargetGroup;
import rbs.rows.Row;
import rbs.rows.SourceFeed;

/**
 * Runs the local engine over a generated extract of the seed programme's largest source (insatser:
 * the eight person-counting aggregates of the kvinnofrid programme, 14 districts, two years) and
 * the same aggregates in DuckDB SQL over the same CSV; prints rows/s, phase times, peak heap, the
 * time ratio, and whether every number agrees. Usage: {@code bench/run ComputeBenchmark [--rows N]
 * [--persons N] [--dir DIR]}.
 *
 * <p>The engine is fed by a simple CSV splitter here (the real SourceReader validates and
 * pseudonymises personnummer, which this generated file does not contain: persons are already
 * pseudonyms), so the figures are for the computation plus plain CSV parsing.
 */
public final class ComputeBenchmark {

  private static final List<String> DISTRICTS =
      List.of(
          "Rinkeby-Kista",
          "Spånga-Tensta",
          "Hässelby-Vällingby",
          "Bromma",
          "Kungsholmen",
          "Norrmalm",
          "Östermalm",
          "Södermalm",
          "Enskede-Årsta-Vantör",
          "Skarpnäck",
          "Farsta",
          "Älvsjö",
          "Hägersten-Liljeholmen",
          "Skärholmen");
  private static final String[] GROUPS = {"kvinna", "barn", "man"};
  private static final String[] EVENTS = {"aktualisering", "erbjuden insats", "påbörjad insats"};
  private static final ReportPeriod REPORT = ReportPeriod.tertial(2014, 2);
  private static final LocalDate AS_OF = LocalDate.of(2014, 9, 15);

  /** A filter as a Java predicate for the engine and as SQL for DuckDB. */
  private record Filter(String name, Predicate<Row> test, String sql) {
    /** The same filter as a programme file writes it (CEL). */
    String cel() {
      return sql.replace(" = ", " == ")
          .replace(" AND ", " && ")
          .replace("'", "\"")
          .replace("samtycke IS NOT NULL", "true");
    }
  }

  private static final List<Filter> FILTERS =
      List.of(
          new Filter("kvinna", r -> "kvinna".equals(r.get(3)), "malgrupp = 'kvinna'"),
          new Filter(
              "kvinna-erbjuden",
              r -> "kvinna".equals(r.get(3)) && "erbjuden insats".equals(r.get(4)),
              "malgrupp = 'kvinna' AND handelse = 'erbjuden insats'"),
          new Filter(
              "kvinna-paborjad",
              r -> "kvinna".equals(r.get(3)) && "påbörjad insats".equals(r.get(4)),
              "malgrupp = 'kvinna' AND handelse = 'påbörjad insats'"),
          new Filter(
              "barn-erbjuden",
              r -> "barn".equals(r.get(3)) && "erbjuden insats".equals(r.get(4)),
              "malgrupp = 'barn' AND handelse = 'erbjuden insats'"),
          new Filter(
              "man-erbjuden",
              r -> "man".equals(r.get(3)) && "erbjuden insats".equals(r.get(4)),
              "malgrupp = 'man' AND handelse = 'erbjuden insats'"),
          new Filter(
              "man-paborjad",
              r -> "man".equals(r.get(3)) && "påbörjad insats".equals(r.get(4)),
              "malgrupp = 'man' AND handelse = 'påbörjad insats'"),
          new Filter(
              "man-samtycke",
              r -> "man".equals(r.get(3)) && (Boolean) r.get(5) && r.has(6) && (Boolean) r.get(6),
              "malgrupp = 'man' AND vardnadshavare AND samtycke"),
          new Filter(
              "man-tillfragad",
              r -> "man".equals(r.get(3)) && (Boolean) r.get(5) && r.has(6),
              "malgrupp = 'man' AND vardnadshavare AND samtycke IS NOT NULL"));

  private ComputeBenchmark() {}

  public static void main(String[] args) throws Exception {
    long rows = 10_000_000;
    int persons = 300_000;
    Path dir = Path.of("bench/target/bench-data");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[i + 1]);
        case "--persons" -> persons = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(dir);
    Path csv = dir.resolve("insatser-" + rows + "-" + persons + ".csv");
    if (!Files.exists(csv)) {
      long t = System.nanoTime();
      generate(csv, rows, persons);
      System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", csv, secs(t));
    }
    System.out.printf(
        Locale.ROOT,
        "%,d rows, %,d persons, %d districts, report %s, %d cores, max heap %d MB%n",
        rows,
        persons,
        DISTRICTS.size(),
        REPORT,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    Programme programme = programme();
    Map<String, Long> phases = new LinkedHashMap<>();
    EngineListener listener =
        new EngineListener() {
          @Override
          public void phase(String name, long nanos) {
            phases.put(name, nanos / 1_000_000);
          }
        };
    long start = System.nanoTime();
    Results results =
        new LocalEngine(listener)
            .compute(programme, REPORT, AS_OF, feed(csv, programme), filters());
    double engineSecs = secs(start);
    long peak = Heap.peak();
    System.out.printf(
        Locale.ROOT,
        "engine: %.2f s, %,.0f rows/s, peak heap %d MB, phases (ms) %s, %,d outcomes%n",
        engineSecs,
        rows / engineSecs,
        peak >> 20,
        phases,
        results.outcomes().size());

    // the same run with the filters as CEL expressions, as a programme file declares them
    start = System.nanoTime();
    Results withCel =
        new LocalEngine().compute(programme, REPORT, AS_OF, feed(csv, programme), celFilters());
    double celSecs = secs(start);
    System.out.printf(
        Locale.ROOT,
        "engine with CEL filters: %.2f s, %,.0f rows/s, same outcomes: %s%n",
        celSecs,
        rows / celSecs,
        sameValues(withCel, results));

    start = System.nanoTime();
    Map<String, Long> duck = duckdb(csv, programme);
    double duckSecs = secs(start);
    System.out.printf(
        Locale.ROOT,
        "duckdb: %.2f s, %,.0f rows/s%nratio engine/duckdb: %.2f%n",
        duckSecs,
        rows / duckSecs,
        engineSecs / duckSecs);

    int compared = 0;
    int differ = 0;
    for (Outcome o : results.outcomes()) {
      if (o.period().kind() == rbs.model.PeriodKind.FORECAST) {
        continue;
      }
      for (Map.Entry<String, Optional<BigDecimal>> e : numbersOf(o).entrySet()) {
        Long expected = duck.get(e.getKey());
        BigDecimal actual = e.getValue().orElse(BigDecimal.valueOf(-1));
        compared++;
        if (expected == null || actual.compareTo(BigDecimal.valueOf(expected)) != 0) {
          if (differ++ < 10) {
            System.out.println(
                "DIFFERS " + e.getKey() + ": engine " + actual + ", duckdb " + expected);
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "compared %,d numbers with DuckDB: %s%n",
        compared,
        differ == 0 ? "all agree" : differ + " differ");
    if (differ > 0) {
      System.exit(1);
    }
  }

  /** The numbers of an outcome keyed as the DuckDB query names them: aggregate|unit|from|to. */
  private static Map<String, Optional<BigDecimal>> numbersOf(Outcome o) {
    Map<String, Optional<BigDecimal>> m = new LinkedHashMap<>();
    String suffix = "|" + o.unit().name() + "|" + o.period().from() + "|" + o.period().to();
    if (o.indicatorId().equals("man-andel-samtycke")) {
      m.put("man-samtycke" + suffix, o.numerator());
      m.put("man-tillfragad" + suffix, o.denominator());
    } else {
      m.put(o.indicatorId() + suffix, o.value());
    }
    return m;
  }

  private static double secs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Rows over 2013–2014; each person has a home district (3 % of rows elsewhere) and a group. */
  private static void generate(Path csv, long rows, int persons) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    String[] days = new String[730];
    LocalDate d = LocalDate.of(2013, 1, 1);
    for (int i = 0; i < days.length; i++) {
      days[i] = d.plusDays(i).toString();
    }
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("stadsdel,person,datum,malgrupp,handelse,vardnadshavare,samtycke\n");
      StringBuilder line = new StringBuilder(128);
      for (long i = 0; i < rows; i++) {
        int p = random.nextInt(persons);
        int district =
            random.nextInt(100) < 3 ? random.nextInt(DISTRICTS.size()) : p % DISTRICTS.size();
        String group = GROUPS[(p / DISTRICTS.size()) % 3];
        boolean guardian = group.equals("man") && p % 2 == 0;
        int consent = random.nextInt(10);
        line.setLength(0);
        line.append(DISTRICTS.get(district))
            .append(',')
            .append(1_000_000_007L * p % 9_000_000_000L + 1_000_000_000L)
            .append(',')
            .append(days[random.nextInt(days.length)])
            .append(',')
            .append(group)
            .append(',')
            .append(EVENTS[random.nextInt(EVENTS.length)])
            .append(',')
            .append(guardian)
            .append(',')
            .append(!guardian || consent < 3 ? "" : consent < 7 ? "true" : "false")
            .append('\n');
        w.append(line);
      }
    }
  }

  /** A plain CSV splitter standing in for the real reader (no quoting in the generated file). */
  private static SourceFeed feed(Path csv, Programme programme) {
    Map<String, Integer> districtIndex = new HashMap<>();
    for (int i = 0; i < programme.districts().size(); i++) {
      districtIndex.put(programme.districts().get(i).name(), i);
    }
    Map<String, String> canonical = new HashMap<>();
    for (String s : GROUPS) {
      canonical.put(s, s);
    }
    for (String s : EVENTS) {
      canonical.put(s, s);
    }
    return (source, sink, rejects) -> {
      long n = 0;
      try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        r.readLine();
        int[] comma = new int[6];
        for (String line; (line = r.readLine()) != null; ) {
          int at = -1;
          for (int c = 0; c < 6; c++) {
            at = line.indexOf(',', at + 1);
            comma[c] = at;
          }
          int district = districtIndex.get(line.substring(0, comma[0]));
          long person = digits(line, comma[0] + 1, comma[1]);
          int s = comma[1] + 1;
          LocalDate date =
              LocalDate.of(
                  (int) digits(line, s, s + 4),
                  (int) digits(line, s + 5, s + 7),
                  (int) digits(line, s + 8, s + 10));
          String group = canonical.get(line.substring(comma[2] + 1, comma[3]));
          String event = canonical.get(line.substring(comma[3] + 1, comma[4]));
          Boolean guardian = line.charAt(comma[4] + 1) == 't';
          Boolean consent = comma[5] + 1 == line.length() ? null : line.charAt(comma[5] + 1) == 't';
          sink.accept(
              new Row(
                  district,
                  date,
                  person,
                  true,
                  new Object[] {district, person, date, group, event, guardian, consent}));
          n++;
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return List.of(new InputFile(source.name(), csv.toString(), "-", n, n, 0));
    };
  }

  private static long digits(String s, int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** The filters compiled from CEL, as the report job compiles a programme's filters. */
  private static FilterFactory celFilters() {
    rbs.filter.CelFilters cel = new rbs.filter.CelFilters(DISTRICTS);
    return (source, expression) -> {
      for (Filter f : FILTERS) {
        if (f.name().equals(expression)) {
          return cel.compile(source, f.cel());
        }
      }
      throw new IllegalArgumentException(expression);
    };
  }

  /** Whether two runs agree on every value, except the one filter CEL cannot express alike. */
  private static boolean sameValues(Results a, Results b) {
    for (int i = 0; i < a.outcomes().size(); i++) {
      Outcome x = a.outcomes().get(i);
      if (!x.indicatorId().equals("man-andel-samtycke")
          && !x.value().equals(b.outcomes().get(i).value())) {
        return false;
      }
    }
    return a.outcomes().size() == b.outcomes().size();
  }

  private static FilterFactory filters() {
    return (source, expression) -> {
      for (Filter f : FILTERS) {
        if (f.name().equals(expression)) {
          return f.test()::test;
        }
      }
      throw new IllegalArgumentException(expression);
    };
  }

  private static Aggregate persons(String filter) {
    return new Aggregate(MeasureKind.PERSONS, "insatser", Optional.empty(), Optional.of(filter));
  }

  private static Indicator indicator(String id, Measure measure, int target) {
    return new Indicator(
        id,
        id,
        "",
        measure,
        "personer",
        0,
        Polarity.HIGHER_IS_BETTER,
        new BigDecimal("0.9"),
        measure instanceof Aggregate,
        List.of(new Target(2014, Optional.empty(), Optional.empty(), BigDecimal.valueOf(target))),
        Optional.empty(),
        "");
  }

  /** The insatser part of the kvinnofrid programme (its eight person-counting aggregates). */
  private static Programme programme() {
    List<Indicator> indicators = new ArrayList<>();
    String[] ids = {
      "kvinnor-kanda",
      "kvinnor-erbjudna",
      "kvinnor-deltagit",
      "barn-erbjudna",
      "man-erbjudna",
      "man-deltagit"
    };
    for (int i = 0; i < ids.length; i++) {
      indicators.add(indicator(ids[i], persons(FILTERS.get(i).name()), 1000));
    }
    indicators.add(
        indicator(
            "man-andel-samtycke",
            new Share(persons("man-samtycke"), persons("man-tillfragad")),
            70));
    Source insatser =
        new Source(
            "insatser",
            "",
            "insatser.csv",
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
                column("handelse", ColumnType.TEXT),
                column("vardnadshavare", ColumnType.BOOLEAN),
                column("samtycke", ColumnType.BOOLEAN)),
            Optional.of("stadsdel"),
            "datum",
            Optional.of("person"),
            false,
            true,
            RejectLimit.standard());
    List<District> districts = new ArrayList<>();
    DISTRICTS.forEach(n -> districts.add(new District(n, List.of())));
    return new Programme(
        "bench",
        "bench",
        "",
        "Stockholm",
        "sv",
        districts,
        5,
        List.of(new TargetGroup("g", "g", List.of(new Goal("goal", "", GoalRule.ALL, indicators)))),
        List.of(insatser),
        Path.of("programme.yaml"));
  }

  private static Column column(String name, ColumnType type) {
    return new Column(name, type, List.of(name), Optional.empty(), false);
  }

  /**
   * The same distinct counts in one DuckDB query: per filter and output period a {@code count
   * (DISTINCT person) FILTER (...)}, grouped by district and for the whole.
   */
  private static Map<String, Long> duckdb(Path csv, Programme programme) throws Exception {
    List<Period> periods = rbs.compute.AggregationPlan.outputPeriods(REPORT);
    List<String> names = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT stadsdel");
    String[] ids = {
      "kvinnor-kanda",
      "kvinnor-erbjudna",
      "kvinnor-deltagit",
      "barn-erbjudna",
      "man-erbjudna",
      "man-deltagit",
      "man-samtycke",
      "man-tillfragad"
    };
    for (int f = 0; f < FILTERS.size(); f++) {
      for (Period p : periods) {
        names.add(ids[f] + "|" + p.from() + "|" + p.to());
        sql.append(
            String.format(
                Locale.ROOT,
                ",%n count(DISTINCT person) FILTER (WHERE %s AND datum BETWEEN DATE '%s' AND DATE"
                    + " '%s')",
                FILTERS.get(f).sql(),
                p.from(),
                p.to()));
      }
    }
    sql.append(
        String.format(
            Locale.ROOT,
            "%nFROM read_csv('%s', header = true, columns = {'stadsdel': 'VARCHAR', 'person':"
                + " 'BIGINT', 'datum': 'DATE', 'malgrupp': 'VARCHAR', 'handelse': 'VARCHAR',"
                + " 'vardnadshavare': 'BOOLEAN', 'samtycke': 'BOOLEAN'})%nGROUP BY GROUPING SETS"
                + " ((stadsdel), ())",
            csv.toAbsolutePath()));
    Map<String, Long> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql.toString())) {
      while (rs.next()) {
        String district = rs.getString(1);
        String unit = district == null ? programme.municipality() : district;
        for (int i = 0; i < names.size(); i++) {
          String[] parts = names.get(i).split("\\|", -1);
          out.put(parts[0] + "|" + unit + "|" + parts[1] + "|" + parts[2], rs.getLong(i + 2));
        }
      }
    }
    return out;
  }
}
