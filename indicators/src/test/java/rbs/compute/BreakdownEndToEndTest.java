package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.definition.ProgrammeReader;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.Results;
import rbs.model.SliceOutcome;

/**
 * Breakdowns by derived sex and by age band of a persons indicator, a count of records and a share,
 * read from a CSV extract and computed, against counts made here from the generated rows: for every
 * unit, every month and the tertial, every category.
 */
class BreakdownEndToEndTest {

  private static final byte[] KEY = "breakdown-key".getBytes(StandardCharsets.UTF_8);
  private static final List<String> DISTRICTS = List.of("Norr", "Söder");
  private static final String[] BANDS = {"0-17", "18-24", "25-64", "65+"};

  @TempDir Path dir;

  /** A row as generated; its type is empty in some rows and outside the categories in others. */
  private record Written(
      int district, LocalDate date, TestPerson person, boolean offered, String type) {

    String typeCategory() {
      return type.equals("a") || type.equals("B")
          ? type.toLowerCase(java.util.Locale.ROOT)
          : "okand";
    }

    String sex() {
      return person.woman() ? "kvinna" : "man";
    }

    String band() {
      int age = java.time.Period.between(person.birth(), date).getYears();
      return age <= 17 ? "0-17" : age <= 24 ? "18-24" : age <= 64 ? "25-64" : "65+";
    }
  }

  @Test
  void everyCategoryOfEveryBreakdownCountsWhatTheRowsSay() throws IOException {
    Random random = new Random(23);
    List<TestPerson> persons = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      // many turn 18, 25 or 65 during the tertial, so that some change band within it
      int[] around = {1996, 1989, 1949, 1930 + random.nextInt(80)};
      int year = around[i % 4];
      LocalDate birth = LocalDate.of(year, 1 + random.nextInt(5), 1 + random.nextInt(28));
      persons.add(new TestPerson(birth, i % 9 == 0, String.format("%03d", random.nextInt(1000))));
    }
    List<Written> rows = new ArrayList<>();
    StringBuilder csv = new StringBuilder("stadsdel;datum;pnr;erbjuden;typ\n");
    for (int i = 0; i < 700; i++) {
      TestPerson p = persons.get(random.nextInt(persons.size()));
      String type = new String[] {"a", "B", "c", ""}[random.nextInt(4)];
      LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(120));
      int district = random.nextInt(2);
      boolean offered = random.nextInt(3) > 0;
      rows.add(new Written(district, date, p, offered, type));
      csv.append(
              String.join(
                  ";",
                  DISTRICTS.get(district),
                  date.toString(),
                  p.written(i % 3),
                  offered ? "ja" : "nej",
                  type))
          .append('\n');
    }
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
            "      - {name: erbjuden, type: boolean}",
            "      - {name: typ, type: text, required: false}",
            "breakdowns:",
            "  - {id: kon, label: Kön, column: kon, categories: [kvinna, man]}",
            "  - {id: alder, label: Ålder, column: alder, bands: ['0-17', '18-24', '25-64', '65+']}",
            "  - {id: typ, label: Typ, column: typ, categories: [a, b]}",
            "target_groups:",
            "  - id: g",
            "    name: G",
            "    goals:",
            "      - id: m",
            "        text: M",
            "        indicators:",
            "          - {id: personer, name: Personer, kind: persons, source: s,"
                + " filter: erbjuden, breakdown: [kon, alder]}",
            "          - {id: poster, name: Poster, kind: count, source: s, breakdown: [kon, typ]}",
            "          - id: andel",
            "            name: Andel erbjudna",
            "            kind: share",
            "            numerator: {count: persons, source: s, filter: erbjuden}",
            "            denominator: {count: persons, source: s}",
            "            breakdown: [alder]"),
        StandardCharsets.UTF_8);

    Programme programme = ProgrammeReader.read(file);
    long[] onDisk = new long[1];
    List<String> phases = new ArrayList<>();
    EngineListener spills =
        new EngineListener() {
          @Override
          public void sourceRead(
              String source, long rowsFed, int inMemory, long spilled, long nanos) {
            onDisk[0] += spilled;
          }

          @Override
          public void phase(String name, long nanos) {
            phases.add(name);
          }
        };
    // the same counts when the persons do not fit in memory: a heap of one byte keeps at most 64
    // (person, district) entries in memory, so the 160 or so go to disk in several rounds
    check(programme, rows, new LocalEngine());
    check(programme, rows, new LocalEngine(spills, 1));
    assertThat(onDisk[0]).as("entries counted from disk").isGreaterThan(160);
    assertThat(phases).containsExactly("read:s", "persons on disk:s", "outcomes", "goals");
  }

  private void check(Programme programme, List<Written> rows, LocalEngine engine) {
    List<rbs.rows.Reject> rejects = new ArrayList<>();
    Results results = Fixtures.tertialOneFromFiles(engine, programme, KEY, rejects);
    assertThat(rejects).isEmpty();

    List<Period> periods = new ArrayList<>();
    for (int m = 1; m <= 4; m++) {
      periods.add(Period.month(2014, m));
    }
    periods.add(Period.tertial(2014, 1));
    int checked = 0;
    boolean bandChanged = false;
    for (int unit : new int[] {0, 1, -1}) {
      for (Period period : periods) {
        List<Written> in = new ArrayList<>();
        for (Written w : rows) {
          if ((unit < 0 || w.district() == unit) && period.contains(YearMonth.from(w.date()))) {
            in.add(w);
          }
        }
        for (String sex : List.of("kvinna", "man", "okand")) {
          List<Written> of = in.stream().filter(w -> w.sex().equals(sex)).toList();
          expect(results, "personer", "kon", sex, unit, period, persons(of, true));
          expect(results, "poster", "kon", sex, unit, period, of.size());
          checked += 2;
        }
        for (String type : List.of("a", "b", "okand")) {
          expect(
              results,
              "poster",
              "typ",
              type,
              unit,
              period,
              (int) in.stream().filter(w -> w.typeCategory().equals(type)).count());
          checked++;
        }
        int bandsTotal = 0;
        for (String band : concat(BANDS, "okand")) {
          List<Written> of = in.stream().filter(w -> w.band().equals(band)).toList();
          int offered = persons(of, true);
          bandsTotal += offered;
          expect(results, "personer", "alder", band, unit, period, offered);
          SliceOutcome share = find(results, "andel", "alder", band, unit, period);
          assertThat(share.outcome().numerator().orElseThrow())
              .isEqualByComparingTo(BigDecimal.valueOf(offered));
          assertThat(share.outcome().denominator().orElseThrow())
              .isEqualByComparingTo(BigDecimal.valueOf(persons(of, false)));
          checked += 2;
        }
        // a person whose band changed within the period counts in both bands
        bandChanged |= bandsTotal > persons(in, true);
      }
    }
    assertThat(checked).isEqualTo(3 * 5 * (3 * 2 + 3 + 5 * 2));
    assertThat(bandChanged).as("some person changes age band within a period").isTrue();
  }

  private static int persons(List<Written> rows, boolean offeredOnly) {
    Set<String> distinct = new HashSet<>();
    for (Written w : rows) {
      if (!offeredOnly || w.offered()) {
        distinct.add(w.person().written(1));
      }
    }
    return distinct.size();
  }

  private static List<String> concat(String[] bands, String last) {
    List<String> all = new ArrayList<>(List.of(bands));
    all.add(last);
    return all;
  }

  private static void expect(
      Results r, String indicator, String breakdown, String code, int unit, Period p, int n) {
    assertThat(find(r, indicator, breakdown, code, unit, p).outcome().value().orElseThrow())
        .as("%s %s=%s unit %d %s", indicator, breakdown, code, unit, p.label())
        .isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  private static SliceOutcome find(
      Results r, String indicator, String breakdown, String code, int unit, Period period) {
    Function<SliceOutcome, Boolean> inUnit =
        x ->
            unit < 0
                ? x.outcome().unit().isWhole()
                : x.outcome().unit().isDistrict() && x.outcome().unit().index() == unit;
    Map<String, SliceOutcome> found = new HashMap<>();
    for (SliceOutcome x : r.breakdowns()) {
      if (x.outcome().indicatorId().equals(indicator)
          && x.slice().breakdown().id().equals(breakdown)
          && x.slice().code().equals(code)
          && inUnit.apply(x)
          && x.outcome().period().equals(period)) {
        found.put(x.slice().key(), x);
      }
    }
    assertThat(found).as("%s %s=%s", indicator, breakdown, code).hasSize(1);
    return found.values().iterator().next();
  }
}
