package rbs.samples.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.definition.ProgrammeReader;
import rbs.model.Programme;
import rbs.model.ReportPeriod;

/**
 * The sample with a baseline year 2012 (utgångsläge) added to its programme: the annual report of
 * 2013 publishes 2012 as its previous year; 2014's T1 and T2 publish 2012 again as the baseline, by
 * district and for the city. The black-box reader, who has all three, finds no small count of 2012
 * (or any other) shown, determined or boxed in, alone or together.
 */
class BaselinePublicationAttackIT {

  private static final List<SamplePublication> PUBLICATIONS =
      List.of(
          new SamplePublication("2013", ReportPeriod.annual(2013), LocalDate.of(2014, 2, 15)),
          new SamplePublication(
              "2014-T1", ReportPeriod.tertial(2014, 1), LocalDate.of(2014, 5, 15)),
          new SamplePublication(
              "2014-T2", ReportPeriod.tertial(2014, 2), LocalDate.of(2014, 9, 15)));

  @Test
  void publicationsWithTheBaselineGiveNoSmallCountAway(@TempDir Path dir) throws IOException {
    Path programme = SamplePublication.copy(Path.of("kvinnofrid"), dir.resolve("kvinnofrid"));
    String text = Files.readString(programme, StandardCharsets.UTF_8);
    assertThat(text).contains("  disclosure_threshold: 5\n").doesNotContain("baseline");
    Files.writeString(
        programme,
        text.replace(
            "  disclosure_threshold: 5\n", "  disclosure_threshold: 5\n  baseline: {year: 2012}\n"),
        StandardCharsets.UTF_8);
    List<ResultsTable> published = new ArrayList<>();
    List<ResultsTable> internal = new ArrayList<>();
    SamplePublication.runAll(PUBLICATIONS, programme, dir, internal, published);
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
      SamplePublication.assertNothingGivenAway(r);
    }
  }
}
