package rbs.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.Problem;
import rbs.model.Aggregate;
import rbs.model.ColumnType;
import rbs.model.FileFormat;
import rbs.model.Indicator;
import rbs.model.MeasureKind;
import rbs.model.Programme;
import rbs.model.PublicationLevels;
import rbs.model.Share;
import rbs.model.Source;
import rbs.model.Target;

class ProgrammeReaderTest {

  static final Path SEED = Path.of("../samples/kvinnofrid/programme.yaml");

  @TempDir Path dir;

  @Test
  void readsTheSeedProgramme() {
    Programme p = ProgrammeReader.read(SEED);

    assertThat(p.id()).isEqualTo("kvinnofrid");
    assertThat(p.municipality()).isEqualTo("Stockholm");
    assertThat(p.disclosureThreshold()).isEqualTo(5);
    assertThat(p.targetGroups()).hasSize(3);
    assertThat(p.goals()).hasSize(8);
    assertThat(p.indicators()).hasSize(15);
    assertThat(p.districts()).hasSize(14);
    assertThat(p.districts().get(8).aliases()).contains("EÅV");
    assertThat(p.sources())
        .extracting(Source::name)
        .containsExactly("insatser", "anmalningar", "familjeratt", "skyddat_boende", "enkat");

    Indicator erbjudna = p.indicator("kvinnor-erbjudna").orElseThrow();
    assertThat(erbjudna.measure())
        .isEqualTo(
            new Aggregate(
                MeasureKind.PERSONS,
                "insatser",
                Optional.empty(),
                Optional.of("malgrupp == \"kvinna\" && handelse == \"erbjuden insats\"")));
    assertThat(erbjudna.targets())
        .contains(
            new Target(2014, Optional.of("Södermalm"), Optional.empty(), new BigDecimal("110")));
    assertThat(erbjudna.tolerance()).isEqualByComparingTo("0.9");
    assertThat(p.indicator("kvinnor-andel-kunskap").orElseThrow().measure())
        .isInstanceOf(Share.class);
    assertThat(p.indicator("familjeratt-hot-sakerhet").orElseThrow().comparableFrom())
        .contains(2013);

    Source enkat = p.source("enkat").orElseThrow();
    assertThat(enkat.delimiter()).contains(',');
    assertThat(enkat.encoding()).contains("UTF-8");
    Source familjeratt = p.source("familjeratt").orElseThrow();
    assertThat(familjeratt.format()).contains(FileFormat.Kind.XLS);
    assertThat(familjeratt.sheets())
        .isEqualTo(new rbs.model.SheetSelection.Names(java.util.List.of("Utredningar")));
    assertThat(familjeratt.column("hot_och_sakerhet").orElseThrow().type())
        .isEqualTo(ColumnType.BOOLEAN);
  }

  @Test
  void reportsEveryProblemWithItsPosition() throws IOException {
    Path file =
        write(
            "programme:",
            "  id: p",
            "  name: P",
            "  municipality: Staden",
            "  disclosure_threshold: five",
            "  colour: blue",
            "districts: [Norr, Söder]",
            SOURCE_S_AND_GOAL_M,
            "          - {id: a, name: A, kind: count, source: s, filter: 'typx == \"x\"'}",
            "          - {id: a, name: B, kind: count, source: t}",
            "          - id: c",
            "            name: C",
            "            kind: count",
            "            source: s",
            "            targets: [{year: 2014, district: Väster, value: 3}, {value: 4}]");

    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file));

    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    String f = file.toString();
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            f + ":5:25: programme: 'disclosure_threshold' must be a whole number, got \"five\"",
            f
                + ":6:3: unknown key 'colour' in programme (expected one of: id, name, vision,"
                + " municipality, language, disclosure_threshold, published_levels,"
                + " reject_limit, targets_file, baseline)",
            f
                + ":24:63: indicator 'a': filter: unknown column 'typx' in source 's' (columns:"
                + " stadsdel, datum, typ)",
            f + ":25:14: duplicate indicator id 'a' (first at line 24)",
            f + ":25:51: indicator 'a': unknown source 't' (sources: s)",
            f + ":30:46: indicator 'c' target: unknown district 'Väster'",
            f + ":30:65: indicator 'c' target: missing required key 'year'");
  }

  @Test
  void readsThePublishedLevelsAndNamesAWordItDoesNotKnow() throws IOException {
    Path good =
        write(
            "programme:",
            "  id: p",
            "  name: P",
            "  municipality: Staden",
            "  published_levels:",
            "    districts: [month, tertial, ytd, year]",
            "districts: [Norr]",
            SOURCE_S_AND_GOAL_M,
            "          - {id: a, name: A, kind: count, source: s}");
    PublicationLevels levels = ProgrammeReader.read(good).publication();
    assertThat(levels.districts()).hasSize(4);
    assertThat(levels.whole()).isEqualTo(PublicationLevels.standard().whole());
    assertThat(ProgrammeReader.read(SEED).publication()).isEqualTo(PublicationLevels.standard());

    Path bad =
        write(
            "programme:",
            "  id: p",
            "  name: P",
            "  municipality: Staden",
            "  published_levels:",
            "    municipality: [month, quarter]",
            "districts: [Norr]",
            SOURCE_S_AND_GOAL_M,
            "          - {id: a, name: A, kind: count, source: s}");
    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(bad));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            bad
                + ":6:27: programme published_levels: 'municipality' may list month, tertial,"
                + " ytd, year, rolling; got \"quarter\"");
  }

  @Test
  void aSourceReadsEverySheetAListOfSheetsOrOneByNameOrPosition() throws IOException {
    for (String[] c :
        new String[][] {
          {"\"*\"", "Every[]"},
          {"[Jan, Feb]", "Names[names=[Jan, Feb]]"},
          {"Jan", "Names[names=[Jan]]"},
          {"2", "Position[index=2]"}
        }) {
      List<String> source = new java.util.ArrayList<>(SOURCE_S_AND_GOAL_M);
      source.add(3, "    sheet: " + c[0]);
      Path file =
          write(
              "programme: {id: p, name: P, municipality: Staden}",
              "districts: [Norr]",
              source,
              "          - {id: a, name: A, kind: count, source: s}");
      assertThat(ProgrammeReader.read(file).sources().get(0).sheets().toString())
          .as(c[0])
          .isEqualTo(c[1]);
    }
  }

  @Test
  void readsStratsysCodesAndNamesUnknownUnitsIndicatorsAndLevelsWhereWritten() throws IOException {
    Path good =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [{name: Norr, aliases: [N]}]",
            SOURCE_S_AND_GOAL_M,
            "          - {id: a, name: A, kind: count, source: s}",
            "          - {id: b, name: B, kind: count, source: s}",
            "stratsys:",
            "  column: UTFALL",
            "  units: {Staden: \"1\", N: \"2\"}",
            "  indicators: {a: M-A, b: {month: M-B, ytd: M-BY}}");
    rbs.model.StratsysCodes codes = ProgrammeReader.read(good).stratsys().orElseThrow();
    assertThat(codes.units()).isEqualTo(java.util.Map.of("Staden", "1", "Norr", "2"));
    assertThat(codes.decimal()).isEqualTo(',');
    assertThat(codes.measures().get("a"))
        .containsEntry(rbs.model.PeriodKind.YEAR_TO_DATE, "M-A")
        .containsEntry(rbs.model.PeriodKind.ROLLING, "M-A")
        .doesNotContainKey(rbs.model.PeriodKind.MONTH);
    assertThat(codes.measures().get("b"))
        .containsOnlyKeys(rbs.model.PeriodKind.MONTH, rbs.model.PeriodKind.YEAR_TO_DATE);

    Path bad =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            SOURCE_S_AND_GOAL_M,
            "          - {id: a, name: A, kind: count, source: s}",
            "stratsys:",
            "  column: UTFALL",
            "  units: {Söder: \"1\"}",
            "  indicators: {x: M-X, a: {quarter: M-Q}}");
    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(bad));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            bad + ":22:11: stratsys units: no district or municipality is called 'Söder'",
            bad + ":23:16: stratsys indicators: no indicator has the id 'x'",
            bad
                + ":23:28: stratsys indicator 'a': 'quarter' is no period level (month, tertial,"
                + " ytd, year, rolling)");
  }

  @Test
  void readsValidationRulesAsChainsAndNamesUnknownIndicators() throws IOException {
    Path good =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            SOURCE_S_AND_GOAL_M,
            "          - {id: a, name: A, kind: count, source: s}",
            "          - {id: b, name: B, kind: count, source: s}",
            "validation:",
            "  - {id: r, rule: 'a <= b'}",
            "  - {id: s, rule: 'b>=a==a'}");
    assertThat(ProgrammeReader.read(good).validation())
        .extracting(r -> r.id() + " " + r.indicators() + " " + r.comparisons())
        .containsExactly("r [a, b] [LESS_OR_EQUAL]", "s [b, a, a] [GREATER_OR_EQUAL, EQUAL]");

    Path bad =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            SOURCE_S_AND_GOAL_M,
            "          - {id: a, name: A, kind: count, source: s}",
            "validation:",
            "  - {id: r, rule: 'a <= x'}",
            "  - {id: s, rule: 'a'}");
    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(bad));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            bad + ":21:19: validation rule 'r': no indicator has the id 'x'",
            bad
                + ":22:19: validation rule 's': compare indicators, e.g. 'a <= b' or 'a <= b <= c'");
  }

  @Test
  void aSumMayBeDeclaredToCountPeopleACountNeedNot() throws IOException {
    List<String> source =
        List.of(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            "sources:",
            "  - name: s",
            "    path: data/*.csv",
            "    district: stadsdel",
            "    date: datum",
            "    columns:",
            "      - {name: stadsdel, type: district}",
            "      - {name: datum, type: date}",
            "      - {name: barn, type: decimal}",
            "target_groups:",
            "  - id: g",
            "    name: G",
            "    goals:",
            "      - id: m",
            "        text: M",
            "        indicators:");
    Path good =
        write(
            source,
            "          - {id: a, name: A, kind: sum, column: barn, source: s, counts_people: true}",
            "          - {id: b, name: B, kind: sum, column: barn, source: s}");
    List<Indicator> read = ProgrammeReader.read(good).indicators().toList();
    assertThat(read.get(0).measure().countsPeople()).isTrue();
    assertThat(read.get(1).measure().countsPeople()).isFalse();

    Path bad =
        write(source, "          - {id: a, name: A, kind: count, source: s, counts_people: false}");
    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(bad));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith(bad + ":19:")
        .contains("'counts_people' is for a sum");
  }

  @Test
  void aFilterErrorPointsAtTheNameInsideTheFilterWhenItCan() throws IOException {
    Path file =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            SOURCE_S_AND_GOAL_M,
            "          - id: a",
            "            name: A",
            "            kind: count",
            "            source: s",
            "            filter: typ == \"x\" && typx == \"y\"",
            "          - id: b",
            "            name: B",
            "            kind: count",
            "            source: s",
            "            filter: >-",
            "              typx == \"y\"");

    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file));

    String f = file.toString();
    String columns = " (columns: stadsdel, datum, typ)";
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            // plain scalar: the column of 'typx' itself
            f + ":23:35: indicator 'a': filter: unknown column 'typx' in source 's'" + columns,
            // block scalar: the filter's start, and the character within it
            f
                + ":28:21: indicator 'b': filter: unknown column 'typx' in source 's'"
                + columns
                + " (at character 1 of the filter)");
  }

  @Test
  void reportsDuplicateKeysWithBothLines() throws IOException {
    Path file = write("programme:", "  id: p", "  id: q");

    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file));

    assertThat(e.problems())
        .extracting(Problem::message)
        .contains("duplicate key 'id' (first at line 2)");
  }

  @Test
  void refusesAnchorsAliasesAndTags() throws IOException {
    Path file = write("a: &x [1, 2]", "b: *x", "c: !!java.io.File /etc/passwd");

    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file));

    assertThat(e.problems())
        .extracting(Problem::message)
        .contains(
            "YAML anchors and aliases (& and *) are not supported",
            "YAML tags such as 'tag:yaml.org,2002:java.io.File' are not supported");
  }

  @Test
  void namesSyntaxErrorsAndMissingFiles() throws IOException {
    Path broken = write("programme: [");
    assertThat(
            catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(broken))
                .problems()
                .get(0)
                .toString())
        .startsWith(broken + ":1:13: not valid YAML");

    InputException missing =
        catchThrowableOfType(
            InputException.class, () -> ProgrammeReader.read(dir.resolve("nope.yaml")));
    assertThat(missing.kind()).isEqualTo(InputException.Kind.UNAVAILABLE);
    assertThat(missing.problems().get(0).toString())
        .isEqualTo(dir.resolve("nope.yaml") + ": programme file not found");
  }

  @Test
  void aHugeValueIsAnErrorAtItsPositionAndAHugeFileIsNoProgramme() throws IOException {
    Path value = write("programme:", "  id: p", "  name: \"" + "x".repeat(20_000) + "\"");
    assertThat(
            catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(value))
                .problems())
        .extracting(Problem::toString)
        .contains(value + ":3:9: a value longer than 10,000 characters (is it complete?)");

    // a 30 MB quoted value made the YAML parser run out of memory before its own limit
    Path huge = write("programme:", "  id: p", "  name: \"" + "x".repeat(30_000_000) + "\"");
    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(huge));
    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    assertThat(e.getMessage())
        .isEqualTo(
            huge
                + ": is larger than 2 MB: a programme is a few hundred lines of YAML (is this the"
                + " right file?)");
  }

  @Test
  void sourcesOutsideTheProgrammesFolderAreRefusedAtTheirPath() throws IOException {
    for (String path :
        List.of("/etc/passwd", "../../etc/passwd", "data/../../x/*.csv", "data/*/../../x.csv")) {
      Path file =
          write(
              "programme: {id: p, name: P, municipality: S}",
              SOURCE_S_AND_GOAL_M.stream()
                  .map(l -> l.equals("    path: data/*.csv") ? "    path: " + path : l)
                  .toList(),
              "          - {id: i, name: I, kind: count, source: s}");

      InputException e =
          catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file));

      assertThat(e.problems()).as(path).hasSize(1);
      assertThat(e.problems().get(0).toString())
          .as(path)
          .startsWith(file + ":4:11: source 's': ")
          .contains(
              path.contains("*/..") ? "'..' after a wildcard" : "leads outside the programme");
    }
  }

  @Test
  void anOperatorMayAllowAnotherFolder(@TempDir Path share) throws IOException {
    String absolute = share.toAbsolutePath() + "/*/*.csv";
    Path file =
        write(
            "programme: {id: p, name: P, municipality: S}",
            SOURCE_S_AND_GOAL_M.stream()
                .map(l -> l.equals("    path: data/*.csv") ? "    path: " + absolute : l)
                .toList(),
            "          - {id: i, name: I, kind: count, source: s}");

    assertThat(catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file)))
        .isNotNull();
    Programme p = ProgrammeReader.read(file, DataPaths.allowing(List.of(share)));
    assertThat(p.source("s").orElseThrow().path()).isEqualTo(absolute);
    // inside the programme's folder, '..' that stays inside is fine
    assertThat(DataPaths.programmeFolderOnly().check(dir, "data/../data/*.csv")).isEmpty();
  }

  /** One source 's' (stadsdel, datum, typ) and one goal 'm' whose indicators follow. */
  private static List<String> personSource(String person, String derive) {
    return List.of(
        "sources:",
        "  - name: s",
        "    path: data/*.csv",
        "    district: stadsdel",
        "    date: datum",
        person,
        derive,
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
        "        indicators:");
  }

  @Test
  void breakdownsAreReadAndEveryMistakeIsAnErrorAtItsPlace() throws IOException {
    Path good =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            "breakdowns:",
            "  - {id: kon, label: Kön, column: kon, categories: [kvinna, {value: man, label: Män}]}",
            "  - {id: alder, column: alder, bands: ['0-17', '18 - 24', 25-64, 65+]}",
            personSource("    person: pnr", "    derive: {sex: kon, age: alder}"),
            "          - {id: a, name: A, kind: persons, source: s, breakdown: [kon, alder]}");
    rbs.model.Indicator a = ProgrammeReader.read(good).indicator("a").orElseThrow();
    assertThat(a.slices())
        .extracting(x -> x.key() + ":" + x.label())
        .containsExactly(
            "kon=kvinna:kvinna",
            "kon=man:Män",
            "kon=okand:Uppgift saknas",
            "alder=0-17:0–17",
            "alder=18-24:18–24",
            "alder=25-64:25–64",
            "alder=65+:65+",
            "alder=okand:Uppgift saknas");

    Path bad =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            "breakdowns:",
            "  - {id: kon, column: kon, categories: [kvinna], bands: ['1-2']}",
            "  - {id: alder, column: alder, bands: ['0-17', '17-24', '30-20', 'ung']}",
            "  - {id: typ, column: typ, categories: [a]}",
            personSource("    person: pnr", "    optional: false"),
            "          - {id: a, name: A, kind: persons, source: s, breakdown: [kon, nej, typ, typ]}",
            "          - id: r",
            "            name: R",
            "            kind: rate",
            "            numerator: {count: persons, source: s}",
            "            population: {source: s, column: typ}",
            "            per: 1000",
            "            breakdown: [typ]");
    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(bad));
    String f = bad.toString();
    assertThat(e.problems())
        .extracting(Problem::toString)
        .anySatisfy(
            p -> assertThat(p).startsWith(f + ":4:").contains("either 'categories' or 'bands'"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(f + ":5:")
                    .contains("the band 30-20 ends before it begins"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(f + ":5:")
                    .contains("a band is written \"18-24\" or \"65+\""))
        .anySatisfy(
            p -> assertThat(p).startsWith(f + ":5:").contains("the bands 0-17 and 17-24 overlap"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "indicator 'a': breakdown 'kon' needs the column 'kon', which source 's'"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "indicator 'a': no breakdown has the id 'nej' (declared: alder, kon, typ)"))
        .anySatisfy(p -> assertThat(p).contains("indicator 'a': 'typ' is named twice"))
        .anySatisfy(p -> assertThat(p).contains("indicator 'r': a rate cannot be broken down"));
  }

  @Test
  void aSourceDerivesSexAndAgeAsColumnsItsFiltersUse() throws IOException {
    Path file =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            personSource("    person: pnr", "    derive: {sex: kon, age: alder}"),
            "          - id: a",
            "            name: A",
            "            kind: persons",
            "            source: s",
            "            filter: 'kon == \"kvinna\" && alder >= 18 && alder <= 24'");

    Source s = ProgrammeReader.read(file).source("s").orElseThrow();

    assertThat(s.derived())
        .isEqualTo(new rbs.model.DerivedColumns(Optional.of("kon"), Optional.of("alder")));
    assertThat(s.rowColumns())
        .extracting(c -> c.name() + ":" + c.type().key())
        .containsExactly(
            "stadsdel:district",
            "datum:date",
            "pnr:person_id",
            "typ:text",
            "kon:text",
            "alder:integer");
    assertThat(s.columns()).hasSize(4);
  }

  @Test
  void aDerivedNameThatIsTakenOrHasNoPersonIsAnErrorAtItsKey() throws IOException {
    Path clash =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            personSource("    person: pnr", "    derive: {sex: typ, age: typ, birth: b}"),
            "          - {id: a, name: A, kind: count, source: s, filter: 'alder > 1'}");
    InputException e =
        catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(clash));
    String f = clash.toString();
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            f
                + ":9:19: source 's' derive: 'sex': 'typ' is a declared column; a derived column"
                + " needs a name of its own",
            f
                + ":9:29: source 's' derive: 'age': 'typ' is a declared column; a derived column"
                + " needs a name of its own",
            f + ":9:34: unknown key 'birth' in source 's' derive (expected one of: sex, age)",
            f
                + ":22:63: indicator 'a': filter: unknown column 'alder' in source 's' (columns:"
                + " stadsdel, datum, typ)");

    Path same =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            personSource("    person: pnr", "    derive: {sex: x, age: x}"),
            "          - {id: a, name: A, kind: count, source: s}");
    assertThat(
            catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(same)).problems())
        .extracting(Problem::toString)
        .containsExactly(
            same + ":9:27: source 's' derive: 'age': 'x' already names the derived sex");

    Path noPerson =
        write(
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr]",
            personSource("    optional: false", "    derive: {sex: kon, age: 1alder}"),
            "          - {id: a, name: A, kind: count, source: s}");
    assertThat(
            catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(noPerson))
                .problems())
        .extracting(Problem::toString)
        .containsExactly(
            noPerson
                + ":9:5: source 's': 'derive' needs 'person' (the column the sex and age are"
                + " derived from)",
            noPerson
                + ":9:29: source 's' derive: 'age': '1alder' is not a column name (letters,"
                + " digits and '_', not first a digit)");
  }

  private static final List<String> SOURCE_S_AND_GOAL_M =
      List.of(
          "sources:",
          "  - name: s",
          "    path: data/*.csv",
          "    district: stadsdel",
          "    date: datum",
          "    columns:",
          "      - {name: stadsdel, type: district}",
          "      - {name: datum, type: date}",
          "      - {name: typ, type: text}",
          "target_groups:",
          "  - id: g",
          "    name: G",
          "    goals:",
          "      - id: m",
          "        text: M",
          "        indicators:");

  /** Writes the programme file: lines, or lists of lines in place. */
  private Path write(Object... lines) throws IOException {
    List<String> all = new java.util.ArrayList<>();
    for (Object line : lines) {
      if (line instanceof List) {
        for (Object l : (List<?>) line) {
          all.add((String) l);
        }
      } else {
        all.add((String) line);
      }
    }
    Path file = dir.resolve("programme.yaml");
    Files.write(file, all, StandardCharsets.UTF_8);
    return file;
  }
}
