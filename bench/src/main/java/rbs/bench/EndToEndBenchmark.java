package rbs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole {@code rbs report} over the generated sample, as a user runs it: one or more jars or
 * launchers (the first is "this one", a second one an earlier version or another way to start it to
 * compare with), each in a process of its own, in interleaved rounds (the order turning each
 * round). Prints per run the wall time, the process's CPU time, its peak resident memory and the
 * phase times from its manifest, then per jar the medians and, with two jars, the medians of the
 * rounds' ratios (second / first is "before", so a ratio below 1 says this one is faster); and
 * whether every run wrote the same results.csv.
 *
 * <p>Usage: {@code bench/run EndToEndBenchmark --jar app/target/rbs.jar [--jar OLD.jar] [--launcher
 * ./rbs] [--rows N] [--period 2014-T2] [--rounds N] [--heap 1g] [--programme NAME]
 * [--programme-file FILE]}. {@code --launcher} runs a script as {@code ./rbs} is run, the heap
 * given to it in {@code RBS_JAVA_OPTS}. The sample (N rows, default 3 million) is made once with
 * the first jar's {@code rbs sample} in {@code bench/target/bench-data}; {@code --programme} names
 * another programme file in its folder (e.g. one an older jar can read), {@code --programme-file}
 * any programme instead (e.g. the bundled sample's for the quick start). Linux: the CPU time is the
 * kernel's count for the run and the processes it waited for, read from {@code /proc} once it has
 * ended; the peak memory the largest high-water mark of the process and those it started, read
 * every 100 ms while they run.
 */
public final class EndToEndBenchmark {

  private static final long POLL_MILLIS = 100;

  private EndToEndBenchmark() {}

  /** One run: seconds of wall and CPU, peak resident KB, phase milliseconds, results digest. */
  private record Run(
      double wall, double cpu, long rssKb, Map<String, Long> phases, String results, int exit) {}

  /** How a run is started: a jar with {@code java -jar}, or a launcher script as {@code ./rbs}. */
  private record Starter(Path path, boolean launcher) {
    @Override
    public String toString() {
      return path.toString();
    }
  }

  public static void main(String[] args) throws Exception {
    List<Starter> starters = new ArrayList<>();
    Path programmeFile = null;
    long rows = 3_000_000;
    String period = "2014-T2";
    int rounds = 3;
    String heap = "1g";
    String programmeName = "programme.yaml";
    Path root = Path.of("bench/target/bench-data");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jar" -> starters.add(new Starter(Path.of(args[++i]).toAbsolutePath(), false));
        case "--launcher" -> starters.add(new Starter(Path.of(args[++i]).toAbsolutePath(), true));
        case "--programme-file" -> programmeFile = Path.of(args[++i]).toAbsolutePath();
        case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
        case "--period" -> period = args[++i];
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--heap" -> heap = args[++i];
        case "--programme" -> programmeName = args[++i];
        case "--dir" -> root = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (starters.isEmpty()) {
      throw new IllegalArgumentException("give at least one --jar (e.g. app/target/rbs.jar)");
    }
    Path sample = root.resolve("sample-" + rows).toAbsolutePath();
    if (programmeFile == null && !Files.exists(sample.resolve("programme.yaml"))) {
      if (starters.get(0).launcher()) {
        throw new IllegalArgumentException("give a --jar first: it makes the sample");
      }
      Files.createDirectories(root);
      int exit =
          new ProcessBuilder(
                  java(),
                  "-jar",
                  starters.get(0).path().toString(),
                  "sample",
                  "--out",
                  sample.toString(),
                  "--rows",
                  Long.toString(rows))
              .inheritIO()
              .start()
              .waitFor();
      if (exit != 0) {
        throw new IllegalStateException("rbs sample ended with exit code " + exit);
      }
    }
    Path programme = programmeFile != null ? programmeFile : sample.resolve(programmeName);
    System.out.printf(
        Locale.ROOT,
        "rbs report %s --period %s at -Xmx%s, %d rounds, %d cores, load %s, Java %s%n",
        programme,
        period,
        heap,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        ComputeBenchmark.load(),
        Runtime.version());
    Map<Starter, List<Run>> runs = new LinkedHashMap<>();
    starters.forEach(j -> runs.put(j, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < starters.size(); k++) {
        Starter jar = starters.get((k + round) % starters.size());
        Run run = run(jar, programme, period, heap);
        runs.get(jar).add(run);
        System.out.printf(
            Locale.ROOT,
            "round %d %-40s %6.2f s wall %6.2f s CPU %,6d MB exit %d  %s%n",
            round + 1,
            jar,
            run.wall(),
            run.cpu(),
            run.rssKb() >> 10,
            run.exit(),
            run.phases());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-40s %10s %10s %10s%n",
        "jar or launcher",
        "wall (med)",
        "CPU (med)",
        "peak RSS");
    for (Map.Entry<Starter, List<Run>> e : runs.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "%-40s %8.2f s %8.2f s %7d MB%n",
          e.getKey(),
          ComputeBenchmark.median(e.getValue().stream().mapToDouble(Run::wall).toArray()),
          ComputeBenchmark.median(e.getValue().stream().mapToDouble(Run::cpu).toArray()),
          e.getValue().stream().mapToLong(Run::rssKb).max().orElse(-1) >> 10);
    }
    if (starters.size() > 1) {
      List<Run> now = runs.get(starters.get(0));
      List<Run> before = runs.get(starters.get(1));
      double[] wall = new double[rounds];
      double[] cpu = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        wall[i] = now.get(i).wall() / before.get(i).wall();
        cpu[i] = now.get(i).cpu() / before.get(i).cpu();
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      System.out.printf(
          Locale.ROOT,
          "first / second: wall %.2f (range %.2f–%.2f), CPU %.2f (range %.2f–%.2f)"
              + " (medians of the rounds' ratios)%n",
          ComputeBenchmark.median(wall),
          wall[0],
          wall[rounds - 1],
          ComputeBenchmark.median(cpu),
          cpu[0],
          cpu[rounds - 1]);
      System.out.println(
          ComputeBenchmark.verdict(
              "first / second, wall",
              now.stream().mapToDouble(Run::wall).toArray(),
              before.stream().mapToDouble(Run::wall).toArray()));
    }
    long digests =
        runs.values().stream().flatMap(List::stream).map(Run::results).distinct().count();
    System.out.println(
        digests == 1
            ? "every run wrote the same results.csv"
            : "the runs wrote " + digests + " different results.csv (versions may differ)");
  }

  private static Run run(Starter starter, Path programme, String period, String heap)
      throws IOException, InterruptedException {
    boolean launcher = starter.launcher();
    Path jar = starter.path();
    Path out = Files.createTempDirectory("rbs-e2e");
    try {
      List<String> command =
          new ArrayList<>(
              launcher
                  ? List.of(jar.toString())
                  : List.of(java(), "-Xmx" + heap, "-jar", jar.toString()));
      command.addAll(
          List.of("report", programme.toString(), "--period", period, "--out", out.toString()));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      if (launcher) {
        builder.environment().put("RBS_JAVA_OPTS", "-Xmx" + heap);
      }
      double cpuBefore = childrenCpuSeconds();
      long start = System.nanoTime();
      Process p = builder.start();
      // peak memory is read while the processes live (gone once they have ended), a high-water
      // mark, so a look every 100 ms misses at most a peak in the last 100 ms; looking every 20 ms,
      // with the CPU times of every process, took CPU from the two cores the run has (the quick
      // start measured 2.84 s so against 2.65 s now, 6 interleaved runs each)
      long rss = -1;
      while (!p.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        List<Long> pids = new ArrayList<>(List.of(p.pid()));
        p.descendants().forEach(d -> pids.add(d.pid()));
        rss = Math.max(rss, pids.stream().mapToLong(EndToEndBenchmark::peakRssKb).max().orElse(-1));
      }
      double wall = (System.nanoTime() - start) / 1e9;
      // CPU once it has ended: what the run and every process it waited for used, as the kernel
      // adds it to the parent that reaps it (this process), not sampled while it runs
      double cpu = childrenCpuSeconds() - cpuBefore;
      Path current = out.resolve("current");
      Map<String, Long> phases = new TreeMap<>();
      String results = "-";
      if (Files.exists(current.resolve("manifest.json"))) {
        JsonNode timings =
            new ObjectMapper().readTree(current.resolve("manifest.json").toFile()).path("timings");
        for (Map.Entry<String, JsonNode> t : timings.properties()) {
          phases.put(t.getKey(), t.getValue().asLong());
        }
        results = sha256(current.resolve("results.csv"));
      }
      return new Run(wall, cpu, rss, phases, results, p.exitValue());
    } finally {
      delete(out);
    }
  }

  /**
   * cutime + cstime of this process (Linux), in seconds: the CPU of its children that have ended
   * and been waited for, with theirs; 0 when unknown.
   */
  private static double childrenCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
      // fields 16 and 17 of stat (cutime, cstime), counted from the state (field 3) here, in the
      // kernel's USER_HZ ticks, 100 a second on Linux
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long peakRssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // ended, or not Linux
    }
    return -1;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
