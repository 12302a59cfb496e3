package rbs.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * rbs against DuckDB at its best on the same files and the same cores: the eight person counts of
 * the kvinnofrid programme for a T2 report (2,640 numbers) over a generated extract of N rows
 * (default 10 million, 300,000 persons, one file per district and year). Each contender runs in a
 * process of its own, pinned to the same cores when {@code taskset} exists, in interleaved rounds
 * (the order alternating); every round's numbers are compared, and a difference fails the run.
 * Prints each contender's wall time (min / median / max, from the start of its process to its end)
 * and peak resident memory, and the ratio rbs / DuckDB.
 *
 * <p>Every contender is a Java process (DuckDB's through its JDBC driver), and each gets what the
 * {@code ./rbs} launcher gives rbs: a class archive (Java's AppCDS) made by one untimed run of that
 * contender before the rounds, so no contender's time includes loading and verifying classes from
 * its jars ({@code --no-archive} leaves it out; an archive needs a class path of jars, which {@code
 * bench/run} gives).
 *
 * <p>Usage: {@code bench/run ComputeBenchmark [--rows N] [--persons N] [--threads N] [--rounds N]
 * [--dir DIR] [--distinct] [--floor] [--no-archive]} ({@code --distinct} adds DuckDB's direct
 * translation, {@code count(DISTINCT …) FILTER}, which is much slower; {@code --floor} adds {@link
 * FloorContender}, the same per-row work in Java written for this extract alone, as a yardstick).
 */
public final class ComputeBenchmark {

  private ComputeBenchmark() {}

  /** One contender: a name and its main class with its last argument. */
  private record Runner(String name, String mainClass, String mode, String heap) {}

  /** One run of a contender. */
  private record Run(double wall, double inside, long rssKb, Map<String, Long> numbers) {}

  public static void main(String[] args) throws Exception {
    long rows = 10_000_000;
    int persons = 300_000;
    int threads = 2;
    int rounds = 3;
    boolean distinct = false;
    boolean floor = false;
    boolean archive = true;
    Path root = Path.of("bench/target/bench-data");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
        case "--persons" -> persons = Integer.parseInt(args[++i].replace("_", ""));
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--dir" -> root = Path.of(args[++i]);
        case "--distinct" -> distinct = true;
        case "--floor" -> floor = true;
        case "--no-archive" -> archive = false;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path dir = BenchExtract.ensure(root, rows, persons);
    List<Runner> runners = new ArrayList<>();
    runners.add(new Runner("rbs", RbsContender.class.getName(), "", "-Xmx256m"));
    runners.add(
        new Runner(
            "DuckDB, reduced (at its best)",
            DuckDbContender.class.getName(),
            "reduced",
            "-Xmx256m"));
    if (distinct) {
      runners.add(
          new Runner(
              "DuckDB, count(DISTINCT) FILTER",
              DuckDbContender.class.getName(),
              "distinct",
              "-Xmx256m"));
    }
    if (floor) {
      runners.add(
          new Runner(
              "Java floor (FloorContender)", FloorContender.class.getName(), "", "-Xmx512m"));
    }
    List<String> pin = pin(threads);
    System.out.printf(
        Locale.ROOT,
        "%,d rows, %,d persons, report 2014-T2, %d thread(s)%s, %d rounds, %d cores, load %s, Java"
            + " %s%n",
        rows,
        persons,
        threads,
        pin.isEmpty() ? "" : " pinned to cores " + pin.get(2),
        rounds,
        Runtime.getRuntime().availableProcessors(),
        load(),
        Runtime.version());

    Map<String, List<String>> options = new LinkedHashMap<>();
    Path archives = Files.createTempDirectory("rbs-bench-cds-");
    archives.toFile().deleteOnExit();
    for (int k = 0; k < runners.size(); k++) {
      Runner r = runners.get(k);
      Path file = archives.resolve(k + ".jsa");
      file.toFile().deleteOnExit();
      options.put(r.name(), archive ? archived(r, dir, threads, pin, file) : List.of());
    }

    Map<String, List<Run>> runs = new LinkedHashMap<>();
    runners.forEach(r -> runs.put(r.name(), new ArrayList<>()));
    Map<String, Long> reference = null;
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < runners.size(); k++) {
        // interleaved, the order turning each round
        Runner r = runners.get((k + round) % runners.size());
        Run run = run(r, options.get(r.name()), dir, threads, pin);
        runs.get(r.name()).add(run);
        System.out.printf(
            Locale.ROOT,
            "round %d %-32s %6.2f s wall (%.2f s inside), %,d MB peak RSS%n",
            round + 1,
            r.name(),
            run.wall(),
            run.inside(),
            run.rssKb() >> 10);
        if (reference == null) {
          reference = run.numbers();
        } else if (!run.numbers().equals(reference)) {
          System.out.println(
              r.name()
                  + " gives other numbers than the first run: "
                  + diff(reference, run.numbers()));
          System.exit(1);
        }
      }
    }
    System.out.printf(Locale.ROOT, "every run gave the same %,d numbers%n", reference.size());
    System.out.printf(
        Locale.ROOT, "%-32s %22s %14s%n", "contender", "wall min/median/max", "peak RSS");
    for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
      double[] w = e.getValue().stream().mapToDouble(Run::wall).sorted().toArray();
      long rss = e.getValue().stream().mapToLong(Run::rssKb).max().orElse(-1);
      System.out.printf(
          Locale.ROOT,
          "%-32s %6.2f / %5.2f / %5.2f s %10d MB%n",
          e.getKey(),
          w[0],
          median(w),
          w[w.length - 1],
          rss >> 10);
    }
    List<Run> duck = runs.get(runners.get(1).name());
    ratio("rbs / DuckDB at its best", runs.get(runners.get(0).name()), duck);
    if (floor) {
      ratio(
          "Java floor / DuckDB at its best",
          runs.get(runners.get(runners.size() - 1).name()),
          duck);
    }
  }

  /**
   * Prints the median and range of the rounds' ratios of two contenders' wall times, the ratio of
   * their medians, and in how many rounds the first was faster with the sign test's p: on a noisy
   * machine the median ratio alone can say 1.09 where the medians say 0.97, and a reader should see
   * whether a ratio below 1 is more than the rounds' spread.
   */
  private static void ratio(String what, List<Run> a, List<Run> b) {
    System.out.println(
        verdict(
            what,
            a.stream().mapToDouble(Run::wall).toArray(),
            b.stream().mapToDouble(Run::wall).toArray()));
  }

  /** {@link #ratio}'s line for two contenders' wall times, round by round. */
  static String verdict(String what, double[] a, double[] b) {
    double[] paired = new double[a.length];
    int faster = 0;
    for (int i = 0; i < a.length; i++) {
      paired[i] = a[i] / b[i];
      faster += a[i] < b[i] ? 1 : 0;
    }
    Arrays.sort(paired);
    return String.format(
        Locale.ROOT,
        "%s: %.2f (median of the rounds' ratios; range %.2f–%.2f); the medians' ratio %.2f;"
            + " faster in %d of %d rounds (sign test p = %.3f)",
        what,
        median(paired),
        paired[0],
        paired[paired.length - 1],
        median(a) / median(b),
        faster,
        a.length,
        signTestP(faster, a.length));
  }

  /**
   * The two-sided sign test's p for {@code k} wins in {@code n} rounds: the chance of a split at
   * least this uneven if each round were a coin toss.
   */
  static double signTestP(int k, int n) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException(k + " of " + n);
    }
    int tail = Math.min(k, n - k);
    double p = 0;
    double choose = 1; // C(n, 0)
    for (int i = 0; i <= tail; i++) {
      p += choose;
      choose = choose * (n - i) / (i + 1);
    }
    return Math.min(1, 2 * p / Math.pow(2, n));
  }

  /**
   * The options that give the contender a class archive made by one run of it (untimed, its numbers
   * checked by the rounds that follow), as {@code ./rbs} makes one per build; none, with the reason
   * printed, when Java cannot make it (a folder on the class path).
   */
  private static List<String> archived(
      Runner r, Path dir, int threads, List<String> pin, Path archive)
      throws IOException, InterruptedException {
    List<String> quiet = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    List<String> dump = new ArrayList<>(quiet);
    dump.add("-XX:ArchiveClassesAtExit=" + archive);
    for (String entry :
        System.getProperty("java.class.path").split(java.io.File.pathSeparator, -1)) {
      if (Files.isDirectory(Path.of(entry))) {
        System.out.println(
            r.name() + ": no class archive (a folder on the class path: " + entry + ")");
        return List.of();
      }
    }
    run(r, dump, dir, threads, pin);
    if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
      System.out.println(r.name() + ": no class archive (Java made none)");
      return List.of();
    }
    List<String> use = new ArrayList<>(quiet);
    use.add("-XX:SharedArchiveFile=" + archive);
    return use;
  }

  private static Run run(Runner r, List<String> options, Path dir, int threads, List<String> pin)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("rbs-bench-", ".txt");
    List<String> command = new ArrayList<>(pin);
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add(r.heap());
    command.addAll(options);
    command.add("-Drbs.threads=" + threads);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(r.mainClass());
    command.add(dir.toString());
    command.add(out.toString());
    command.add(Integer.toString(threads));
    if (!r.mode().isEmpty()) {
      command.add(r.mode());
    }
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = "";
    StringBuilder all = new StringBuilder();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        all.append(line).append('\n');
        if (line.startsWith("RESULT ")) {
          result = line;
        }
      }
    }
    int exit = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    if (exit != 0 || result.isEmpty()) {
      throw new IllegalStateException(r.name() + " failed (exit " + exit + "):\n" + all);
    }
    Map<String, Long> numbers = Contender.read(out);
    Files.delete(out);
    return new Run(wall, field(result, "seconds"), (long) field(result, "rss_kb"), numbers);
  }

  private static double field(String line, String name) {
    for (String part : line.split(" ", -1)) {
      if (part.startsWith(name + "=")) {
        return Double.parseDouble(part.substring(name.length() + 1));
      }
    }
    return -1;
  }

  /** {@code taskset -c 0-(n-1)} when it exists and the machine has the cores, else nothing. */
  private static List<String> pin(int threads) {
    Path taskset = Path.of("/usr/bin/taskset");
    if (!Files.isExecutable(taskset) || threads > Runtime.getRuntime().availableProcessors()) {
      return List.of();
    }
    return List.of(taskset.toString(), "-c", threads == 1 ? "0" : "0-" + (threads - 1));
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ", -1)[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The median of the values (in any order). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String diff(Map<String, Long> a, Map<String, Long> b) {
    List<String> out = new ArrayList<>();
    for (String k : a.keySet()) {
      if (!a.get(k).equals(b.get(k)) && out.size() < 10) {
        out.add(k + ": " + a.get(k) + " vs " + b.get(k));
      }
    }
    if (a.size() != b.size()) {
      out.add(a.size() + " vs " + b.size() + " numbers");
    }
    return String.join("; ", out);
  }
}
