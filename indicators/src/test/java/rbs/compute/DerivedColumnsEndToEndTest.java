package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.definition.ProgrammeReader;
import rbs.model.Outcome;
import rbs.model.Programme;
import rbs.model.Results;
import rbs.rows.Reject;

/**
 * A persons indicator filtered on the sex and age a source derives from its personnummer column,
 * read from a CSV extract and computed, against a count made here from the generated rows.
 */
class DerivedColumnsEndToEndTest {

  private static final byte[] KEY = "end-to-end-key".getBytes(StandardCharsets.UTF_8);
  private static final List<String> DISTRICTS = List.of("Norr", "Söder");

  @TempDir Path dir;

  private record Written(int district, LocalDate date, TestPerson person, String kind) {}

  @Test
  void aPersonsIndicatorFilteredOnDerivedSexAndAgeCountsTheYoungWomenOfTheRows()
      throws IOException {
    Random random = new Random(17);
    List<TestPerson> persons = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // most born so that they turn 18 or 25 around the first tertial of 2014
      int year = i < 45 ? 1989 + random.nextInt(8) : 1920 + random.nextInt(90);
      LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      String serial = String.format("%03d", random.nextInt(1000));
      persons.add(new TestPerson(birth, i % 7 == 0, serial));
    }
    List<Written> rows = new ArrayList<>();
    StringBuilder csv = new StringBuilder("stadsdel;datum;pnr;typ\n");
    for (int i = 0; i < 400; i++) {
      TestPerson p = persons.get(random.nextInt(persons.size()));
      LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(120));
      int district = random.nextInt(2);
      String kind = random.nextInt(4) == 0 ? "avslutad" : "insats";
      rows.add(new Written(district, date, p, kind));
      csv.append(
          String.join(
              ";", DISTRICTS.get(district), date.toString(), p.written(i % 3), kind + "\n"));
    }
    // not valid numbers: rejected as before, never counted
    csv.append("Norr;2014-02-02;19900101-0000;insats\n");
    csv.append("Söder;2014-02-03;900101;insats\n");
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/x.csv"), csv.toString(), StandardCharsets.UTF_8);
    Path file = dir.resolve("programme.yaml");
    Files.write(
        file,
        List.of(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr, Söder]",
            "sources:",
            "  - name: s",
            "    path: data/*.csv",
            "    district: stadsdel",
            "    date: datum",
            "    person: pnr",
            "    derive: {sex: kon, age: alder}",
            "    columns:",
            "      - {name: stadsdel, type: district}",
            "      - {name: datum, type: date}",
            "      - {name: pnr, type: person_id}",
            "      - {name: typ, type: text}",
            "target_groups:",
            "  - id: g",
            "    name: G",
            "    goals:",
            "      - id: m",
            "        text: M",
            "        indicators:",
            "          - id: unga-kvinnor",
            "            name: Unga kvinnor",
            "            kind: persons",
            "            source: s",
            "            filter: 'kon == \"kvinna\" && alder >= 18 && alder <= 24 && typ =="
                + " \"insats\"'",
            "          - id: man",
            "            name: Män",
            "            kind: persons",
            "            source: s",
            "            filter: 'kon == \"man\"'"),
        StandardCharsets.UTF_8);

    Programme programme = ProgrammeReader.read(file);
    List<Reject> rejects = new ArrayList<>();
    Results results = Fixtures.tertialOneFromFiles(new LocalEngine(), programme, KEY, rejects);

    assertThat(rejects).hasSize(2);
    Map<Integer, Set<TestPerson>> young = new HashMap<>();
    Map<Integer, Set<TestPerson>> men = new HashMap<>();
    for (Written w : rows) {
      int age = Period.between(w.person().birth(), w.date()).getYears();
      if (w.person().woman() && age >= 18 && age <= 24 && w.kind().equals("insats")) {
        young.computeIfAbsent(w.district(), d -> new HashSet<>()).add(w.person());
        young.computeIfAbsent(-1, d -> new HashSet<>()).add(w.person());
      }
      if (!w.person().woman()) {
        men.computeIfAbsent(w.district(), d -> new HashSet<>()).add(w.person());
        men.computeIfAbsent(-1, d -> new HashSet<>()).add(w.person());
      }
    }
    rbs.model.Period t1 = rbs.model.Period.tertial(2014, 1);
    for (int unit : new int[] {0, 1, -1}) {
      assertThat(value(results, "unga-kvinnor", unit, t1))
          .as("young women in unit %d", unit)
          .isEqualByComparingTo(BigDecimal.valueOf(young.get(unit).size()));
      assertThat(value(results, "man", unit, t1))
          .as("men in unit %d", unit)
          .isEqualByComparingTo(BigDecimal.valueOf(men.get(unit).size()));
    }
    // the filter selects: a real share of the persons, not all or none
    assertThat(young.get(-1).size()).isBetween(5, 40);
  }

  private static BigDecimal value(Results r, String indicator, int unit, rbs.model.Period period) {
    Outcome o =
        r.outcomes().stream()
            .filter(x -> x.indicatorId().equals(indicator))
            .filter(
                x ->
                    unit < 0 ? x.unit().isWhole() : !x.unit().isWhole() && x.unit().index() == unit)
            .filter(x -> x.period().equals(period))
            .findFirst()
            .orElseThrow();
    return o.value().orElseThrow();
  }
}
