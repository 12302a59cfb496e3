package rbs.samples.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.definition.ProgrammeReader;
import rbs.job.JobListener;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/**
 * The sample with a baseline year 2012 (utgångsläge) added to its programme: the annual report of
 * 2013 publishes 2012 as its previous year; 2014's T1 and T2 publish 2012 again as the baseline, by
 * district and for the city. The black-box reader, who has all three, finds no small count of 2012
 * (or any other) shown, determined or boxed in, alone or together.
 */
class BaselinePublicationAttackIT {

  private record Publication(String name, ReportPeriod period, LocalDate asOf) {}

  private static final List<Publication> PUBLICATIONS =
      List.of(
          new Publication("2013", ReportPeriod.annual(2013), LocalDate.of(2014, 2, 15)),
          new Publication("2014-T1", ReportPeriod.tertial(2014, 1), LocalDate.of(2014, 5, 15)),
          new Publication("2014-T2", ReportPeriod.tertial(2014, 2), LocalDate.of(2014, 9, 15)));

  @Test
  void publicationsWithTheBaselineGiveNoSmallCountAway(@TempDir Path dir) throws IOException {
    Path programme = copy(Path.of("kvinnofrid"), dir.resolve("kvinnofrid"));
    String text = Files.readString(programme, StandardCharsets.UTF_8);
    assertThat(text).contains("  disclosure_threshold: 5\n").doesNotContain("baseline");
    Files.writeString(
        programme,
        text.replace(
            "  disclosure_threshold: 5\n", "  disclosure_threshold: 5\n  baseline: {year: 2012}\n"),
        StandardCharsets.UTF_8);
    List<ResultsTable> published = new ArrayList<>();
    List<ResultsTable> internal = new ArrayList<>();
    for (Publication p : PUBLICATIONS) {
      internal.add(run(programme, p, false, dir));
      published.add(run(programme, p, true, dir));
    }
    // the tertial reports do publish the baseline year, with small counts among its numbers
    Path t2 = dir.resolve("published-2014-T2").resolve("current").resolve("results.csv");
    List<String> baseline =
        Files.readAllLines(t2).stream().filter(l -> l.contains(",year,2012-01-01,")).toList();
    assertThat(baseline).isNotEmpty().anyMatch(l -> l.contains(",..,"));

    Programme definition = ProgrammeReader.read(programme);
    PublicationAttacker attacker =
        new PublicationAttacker(definition.disclosureThreshold(), definition.municipality());
    List<AttackReport> reports = new ArrayList<>();
    for (int i = 0; i < PUBLICATIONS.size(); i++) {
      reports.add(
          attacker.attack(
              PUBLICATIONS.get(i).name(), List.of(published.get(i)), List.of(internal.get(i))));
    }
    reports.add(attacker.attack("all three", published, internal));
    for (AttackReport r : reports) {
      System.out.println(r.summary());
      assertThat(r.shown()).as(r.name() + ": small counts shown").isEmpty();
      assertThat(r.leaks()).as(r.name() + ": small counts determined or boxed in").isEmpty();
      assertThat(r.forecastLeaks()).as(r.name() + ": forecasts of withheld counts").isEmpty();
    }
  }

  private static ResultsTable run(Path programme, Publication p, boolean publish, Path dir) {
    Path out = dir.resolve((publish ? "published-" : "internal-") + p.name());
    Clock clock = Clock.fixed(p.asOf().atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    new ReportJob(JobListener.SILENT, clock, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(programme, p.period(), p.asOf())
                .outDir(out)
                .publish(publish)
                .toolVersion("test")
                .build());
    return ResultsTable.read(p.name(), out.resolve("current").resolve("results.csv"));
  }

  /** A copy of the sample (without earlier publications); its programme file. */
  private static Path copy(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path rel = from.relativize(f);
        if (rel.startsWith("publications")) {
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
}
