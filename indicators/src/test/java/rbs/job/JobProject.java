package rbs.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/**
 * A two-district programme with one monthly CSV source, and what a reader of its outputs sees: the
 * test project of the job's tests (also run as a separate process by the kill tests).
 */
final class JobProject {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2014-09-15T06:00:00Z"), ZoneOffset.UTC);

  private JobProject() {}

  /** Writes p.yaml and s.csv (rows per month January–August 2014) into the folder. */
  static void write(Path dir, int rowsPerMonth) throws IOException {
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        programme: {id: p, name: P, municipality: Staden}
        districts: [Norr, Söder]
        sources:
          - name: s
            path: s.csv
            district: stadsdel
            date: datum
            monthly: true
            columns:
              - {name: stadsdel, type: district}
              - {name: datum, type: date}
        target_groups:
          - id: g
            name: G
            goals:
              - id: m
                text: M
                indicators: [{id: i, name: I, kind: count, source: s}]
        """,
        StandardCharsets.UTF_8);
    StringBuilder csv = new StringBuilder("stadsdel;datum\n");
    for (int m = 1; m <= 8; m++) {
      for (int k = 0; k < rowsPerMonth; k++) {
        csv.append(k % 2 == 0 ? "Norr" : "Söder").append(";2014-0").append(m).append("-10\n");
      }
    }
    Files.writeString(dir.resolve("s.csv"), csv.toString(), StandardCharsets.UTF_8);
  }

  static ReportRequest request(Path dir, Path out) {
    return ReportRequest.builder(
            dir.resolve("p.yaml"), ReportPeriod.tertial(2014, 2), LocalDate.of(2014, 9, 15))
        .outDir(out)
        .toolVersion("test")
        .build();
  }

  static ReportSummary run(Path dir, Path out, JobListener listener) {
    return new ReportJob(listener, CLOCK, SourceReader::forProgramme).run(request(dir, out));
  }

  /**
   * What a reader of {@code out/current} sees: every file's content (the manifest without its
   * timings, the only part that differs between runs of the same input); empty when there is no
   * current output.
   */
  static Map<String, String> view(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path current = out.resolve(OutputStaging.CURRENT);
    if (!Files.exists(current)) {
      return files;
    }
    try (Stream<Path> all = Files.walk(current, FileVisitOption.FOLLOW_LINKS)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        files.put(
            current.relativize(p).toString(), text.replaceAll("(?s)\"timings\" : \\{.*?}", ""));
      }
    }
    return files;
  }

  /** A copy of a folder as it is, symbolic links copied as links (what a killed run left). */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          Files.createSymbolicLink(target, Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
