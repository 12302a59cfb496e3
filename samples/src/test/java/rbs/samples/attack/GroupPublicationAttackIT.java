package rbs.samples.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.definition.ProgrammeReader;
import rbs.job.JobListener;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.model.DistrictGroup;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/**
 * The shared-reception sample's year of publications (2015: T1, T2, the annual report) attacked by
 * the black-box reader, who also knows that the joint reception is the sum of its four districts:
 * no small count of a district or of the group is shown, determined or boxed in, alone or together.
 *
 * <p>In this sample the group is all four districts, so for counts of persons it coincides with the
 * whole and its relation adds nothing the whole's does not: the test guards the published sample,
 * and {@code DisclosureTest} (indicators) is where a group smaller than the whole is shown to
 * matter.
 */
class GroupPublicationAttackIT {

  private record Publication(String name, ReportPeriod period, LocalDate asOf) {}

  private static final List<Publication> YEAR =
      List.of(
          new Publication("2015-T1", ReportPeriod.tertial(2015, 1), LocalDate.of(2015, 5, 15)),
          new Publication("2015-T2", ReportPeriod.tertial(2015, 2), LocalDate.of(2015, 9, 15)),
          new Publication("2015", ReportPeriod.annual(2015), LocalDate.of(2016, 2, 15)));

  @Test
  void aYearOfTheJointReceptionsPublicationsGivesNoSmallCountAway(@TempDir Path dir)
      throws IOException {
    Path programme = copy(Path.of("mottagning"), dir.resolve("mottagning"));
    List<ResultsTable> published = new ArrayList<>();
    List<ResultsTable> internal = new ArrayList<>();
    for (Publication p : YEAR) {
      internal.add(run(programme, p, false, dir));
      published.add(run(programme, p, true, dir));
    }
    Programme definition = ProgrammeReader.read(programme);
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (DistrictGroup g : definition.groups()) {
      groups.put(g.name(), g.members());
    }
    assertThat(groups).containsKey("Gemensam mottagning");
    PublicationAttacker attacker =
        new PublicationAttacker(
            definition.disclosureThreshold(),
            definition.municipality(),
            PublicationAttacker.Model.CALIBRATED,
            groups);

    List<AttackReport> reports = new ArrayList<>();
    for (int i = 0; i < YEAR.size(); i++) {
      reports.add(
          attacker.attack(YEAR.get(i).name(), List.of(published.get(i)), List.of(internal.get(i))));
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
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path rel = from.relativize(f);
        if (rel.startsWith("publications")) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (java.nio.file.Files.isDirectory(f)) {
          java.nio.file.Files.createDirectories(target);
        } else {
          java.nio.file.Files.copy(f, target);
        }
      }
    }
    return to.resolve("programme.yaml");
  }
}
