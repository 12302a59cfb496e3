package rbs.samples.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import rbs.job.JobListener;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.model.ReportPeriod;
import rbs.output.PublicationRecords;
import rbs.source.SourceReader;

/**
 * One report of a sample as the attack tests publish it (and run it internally for the true
 * values): its record name, period and the day it is made.
 */
record SamplePublication(String name, ReportPeriod period, LocalDate asOf) {

  /** The report run on its day into {@code dir}, published or internal: its results.csv. */
  ResultsTable run(Path programme, boolean publish, Path dir) {
    Path out = dir.resolve((publish ? "published-" : "internal-") + name);
    Clock clock = Clock.fixed(asOf.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    new ReportJob(JobListener.SILENT, clock, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(programme, period, asOf)
                .outDir(out)
                .publish(publish)
                .toolVersion("test")
                .build());
    return ResultsTable.read(name, out.resolve("current").resolve("results.csv"));
  }

  /**
   * Each report run internally into {@code internal} and published into {@code published}, in
   * order, so that each publication is recorded before the next is made.
   */
  static void runAll(
      List<SamplePublication> reports,
      Path programme,
      Path dir,
      List<ResultsTable> internal,
      List<ResultsTable> published) {
    for (SamplePublication p : reports) {
      internal.add(p.run(programme, false, dir));
      published.add(p.run(programme, true, dir));
    }
  }

  /**
   * A copy of a sample folder without its earlier publications (a publication leaves records beside
   * the programme); its programme file.
   */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path rel = from.relativize(f);
        if (rel.startsWith(PublicationRecords.FOLDER)) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to.resolve("programme.yaml");
  }

  /** No small count shown, determined, boxed in or told by a forecast. */
  static void assertNothingGivenAway(AttackReport r) {
    assertThat(r.shown()).as(r.name() + ": small counts shown").isEmpty();
    assertThat(r.leaks()).as(r.name() + ": small counts determined or boxed in").isEmpty();
    assertThat(r.forecastLeaks()).as(r.name() + ": forecasts of withheld counts").isEmpty();
  }
}
