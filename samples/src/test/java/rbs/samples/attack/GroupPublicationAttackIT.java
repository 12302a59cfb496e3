package rbs.samples.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.definition.ProgrammeReader;
import rbs.model.DistrictGroup;
import rbs.model.Programme;
import rbs.model.ReportPeriod;

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

  private static final List<SamplePublication> YEAR =
      List.of(
          new SamplePublication(
              "2015-T1", ReportPeriod.tertial(2015, 1), LocalDate.of(2015, 5, 15)),
          new SamplePublication(
              "2015-T2", ReportPeriod.tertial(2015, 2), LocalDate.of(2015, 9, 15)),
          new SamplePublication("2015", ReportPeriod.annual(2015), LocalDate.of(2016, 2, 15)));

  @Test
  void aYearOfTheJointReceptionsPublicationsGivesNoSmallCountAway(@TempDir Path dir)
      throws IOException {
    Path programme = SamplePublication.copy(Path.of("mottagning"), dir.resolve("mottagning"));
    List<ResultsTable> published = new ArrayList<>();
    List<ResultsTable> internal = new ArrayList<>();
    SamplePublication.runAll(YEAR, programme, dir, internal, published);
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
      SamplePublication.assertNothingGivenAway(r);
    }
  }
}
