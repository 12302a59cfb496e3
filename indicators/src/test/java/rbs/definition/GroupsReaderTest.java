package rbs.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.Problem;
import rbs.model.DistrictGroup;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.Target;
import rbs.model.Unit;

class GroupsReaderTest {

  @TempDir Path dir;

  private static final List<String> HEAD =
      List.of(
          "programme: {id: p, name: P, municipality: Staden}",
          "districts:",
          "  - Östermalm",
          "  - {name: Bromma, aliases: [Bromma sdf]}",
          "  - Kungsholmen",
          "  - Norrmalm",
          "  - Farsta");

  private static final List<String> REST =
      List.of(
          "sources:",
          "  - name: s",
          "    path: data/*.csv",
          "    district: stadsdel",
          "    date: datum",
          "    columns:",
          "      - {name: stadsdel, type: district}",
          "      - {name: datum, type: date}",
          "target_groups:",
          "  - id: g",
          "    name: G",
          "    goals:",
          "      - id: m",
          "        text: M",
          "        indicators:",
          "          - id: a",
          "            name: A",
          "            kind: count",
          "            source: s",
          "            targets:",
          "              - {year: 2018, district: Gemensam mottagning, value: 40}",
          "              - {year: 2018, district: GM, value: 41}");

  @Test
  void readsAGroupAsAUnitWithItsOwnTargetsAndTheDistrictsLevels() throws IOException {
    Path file =
        write(
            HEAD,
            "groups:",
            "  - name: Gemensam mottagning",
            "    aliases: [GM]",
            "    members: [Norrmalm, Östermalm, Bromma sdf, Kungsholmen]",
            REST);

    Programme p = ProgrammeReader.read(file);

    assertThat(p.groups())
        .containsExactly(
            new DistrictGroup(
                "Gemensam mottagning",
                List.of("GM"),
                List.of("Norrmalm", "Östermalm", "Bromma", "Kungsholmen")));
    Unit group = p.units().get(5);
    assertThat(group.level()).isEqualTo(Unit.Level.GROUP);
    assertThat(group.members())
        .extracting(Unit::name)
        .containsExactly("Östermalm", "Bromma", "Kungsholmen", "Norrmalm");
    // a target by the group's name or alias is the group's own
    assertThat(p.indicator("a").orElseThrow().targets())
        .extracting(Target::district)
        .containsOnly(Optional.of("Gemensam mottagning"));
    assertThat(p.publication().groups()).isEqualTo(p.publication().districts());
  }

  @Test
  void aProgrammeMayPublishItsGroupsAtOtherLevelsThanItsDistricts() throws IOException {
    Path file =
        write(
            "programme:",
            "  id: p",
            "  name: P",
            "  municipality: Staden",
            "  published_levels: {districts: [year], groups: [tertial, ytd, year]}",
            HEAD.subList(1, HEAD.size()),
            "groups: [{name: Innerstaden, members: [Östermalm, Norrmalm]}]",
            REST.subList(0, REST.size() - 3));

    Programme p = ProgrammeReader.read(file);

    assertThat(p.publication().districts()).containsExactly(PeriodKind.YEAR);
    assertThat(p.publication().groups())
        .containsExactlyInAnyOrder(PeriodKind.TERTIAL, PeriodKind.YEAR_TO_DATE, PeriodKind.YEAR);
  }

  @Test
  void namesAnUnknownMemberADuplicateAndANameAlreadyTakenWhereTheyAreWritten() throws IOException {
    Path file =
        write(
            HEAD,
            "groups:",
            "  - name: Gemensam mottagning",
            "    members: [Östermalm, Vällingby, Bromma, bromma sdf]",
            "  - name: Kungsholmen",
            "    members: [Kungsholmen]",
            "  - name: Söderort",
            "    aliases: [Staden]",
            "    members: [Farsta]",
            "  - name: Gemensam Mottagning",
            "    members: []",
            REST.subList(0, REST.size() - 3));

    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file));

    String f = file.toString();
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            f
                + ":10:26: group 'Gemensam mottagning': unknown district 'Vällingby' (members"
                + " are districts declared under 'districts')",
            f + ":10:45: group 'Gemensam mottagning': the district Bromma is listed twice",
            f
                + ":11:11: group 'Kungsholmen': the name 'Kungsholmen' is already the name of"
                + " the district Kungsholmen",
            f
                + ":14:14: group 'Söderort': the name 'Staden' is already the name of the"
                + " municipality",
            f
                + ":16:11: group 'Gemensam Mottagning': the name 'Gemensam Mottagning' is"
                + " already the name of the group 'Gemensam mottagning'",
            f + ":17:14: group 'Gemensam Mottagning': 'members' must list a district");
  }

  private Path write(Object... lines) throws IOException {
    List<String> all = new ArrayList<>();
    for (Object line : lines) {
      if (line instanceof List<?> list) {
        list.forEach(l -> all.add((String) l));
      } else {
        all.add((String) line);
      }
    }
    Path file = dir.resolve("programme.yaml");
    Files.write(file, all, StandardCharsets.UTF_8);
    return file;
  }
}
