package rbs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What the compute benchmark's contenders share: how they hand back their numbers and figures. */
final class Contender {

  private Contender() {}

  /** Writes the numbers (key → value, sorted) and prints the figures line the parent reads. */
  static void finish(Map<String, Long> numbers, Path out, long startNanos) throws IOException {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    List<String> lines = new ArrayList<>();
    new TreeMap<>(numbers).forEach((k, v) -> lines.add(k + "=" + v));
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "RESULT seconds=%.3f rss_kb=%d numbers=%d%n",
        seconds,
        peakRssKb(),
        numbers.size());
  }

  /** The process's peak resident memory (Linux), or -1. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return -1;
  }

  /** The numbers a contender wrote. */
  static Map<String, Long> read(Path file) throws IOException {
    Map<String, Long> numbers = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.lastIndexOf('=');
      numbers.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
    }
    return numbers;
  }
}
