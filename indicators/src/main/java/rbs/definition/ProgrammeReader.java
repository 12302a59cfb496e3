package rbs.definition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.Baseline;
import rbs.model.District;
import rbs.model.DistrictGroup;
import rbs.model.Goal;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.PublicationLevels;
import rbs.model.RejectLimit;
import rbs.model.Source;
import rbs.model.StratsysCodes;
import rbs.model.TargetGroup;
import rbs.model.ValidationRule;

/**
 * Reads a programme file strictly: every unknown key, wrong type, dangling reference, duplicate id
 * and filter error is reported as {@code file:line:column: message}, all of them in one run.
 */
public final class ProgrammeReader {

  /** The most problems reported for one file; more are usually one mistake repeated. */
  public static final int MAX_PROBLEMS = 100;

  /**
   * A programme is a few hundred lines; a file far larger is not one (and must not fill memory).
   */
  static final long MAX_BYTES = 2L << 20;

  private ProgrammeReader() {}

  /**
   * Reads a programme whose sources lie inside its folder.
   *
   * @throws InputException UNAVAILABLE when the file cannot be read, INVALID listing every problem
   */
  public static Programme read(Path file) {
    return read(file, DataPaths.programmeFolderOnly());
  }

  /**
   * Reads a programme whose sources may also lie in the folders the operator allowed.
   *
   * @throws InputException UNAVAILABLE when the file cannot be read, INVALID listing every problem
   */
  public static Programme read(Path file, DataPaths paths) {
    String shown = file.toString();
    if (!Files.exists(file)) {
      throw InputException.unavailable(Location.of(shown), "programme file not found");
    }
    if (!Files.isRegularFile(file)) {
      throw InputException.unavailable(Location.of(shown), "not a file");
    }
    List<Problem> problems = new ArrayList<>();
    YamlNode root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw InputException.invalid(
            Location.of(shown),
            "is larger than "
                + (MAX_BYTES >> 20)
                + " MB: a programme is a few hundred lines of YAML (is this the right file?)");
      }
      try (Reader reader = reader(file)) {
        root = new YamlTreeReader(shown, problems).read(reader);
      }
    } catch (CharacterCodingException e) {
      throw notText(shown);
    } catch (IOException e) {
      throw InputException.unavailable(Location.of(shown), "cannot be read", e);
    }
    Optional<Programme> programme = build(root, file, paths, problems);
    if (!problems.isEmpty() || programme.isEmpty()) {
      problems.sort(Comparator.comparing(Problem::location));
      List<Problem> shownProblems =
          problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
      throw InputException.invalid(List.copyOf(shownProblems));
    }
    return programme.get();
  }

  /**
   * The file as text: UTF-8, or UTF-16 when a byte-order mark says so (Windows editors save
   * "Unicode" that way); bytes that are neither are an error, not replaced silently.
   */
  private static Reader reader(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(2);
    }
    boolean utf16 =
        head.length == 2
            && (((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)
                || ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF));
    Charset charset = utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                charset
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  static InputException notText(String shown) {
    return InputException.invalid(
        Location.of(shown), "not UTF-8 text; save the programme file as UTF-8");
  }

  private static Optional<Programme> build(
      YamlNode rootNode, Path file, DataPaths paths, List<Problem> problems) {
    Optional<Section> maybeRoot = Section.of(rootNode, "the programme file", problems);
    if (maybeRoot.isEmpty()) {
      return Optional.empty();
    }
    Section root = maybeRoot.get();
    Optional<Section> head = root.section("programme", "programme");
    if (head.isEmpty() && !root.has("programme")) {
      root.problem(root.location(), "missing required key 'programme'");
    }
    String id = head.map(h -> h.text("id")).orElse("");
    String name = head.map(h -> h.text("name")).orElse("");
    String vision = head.map(h -> h.text("vision", "")).orElse("");
    String municipality = head.map(h -> h.text("municipality")).orElse("");
    String language = head.map(h -> h.text("language", "sv")).orElse("sv");
    int threshold = head.map(h -> h.integer("disclosure_threshold", 5)).orElse(5);
    if (threshold < 1) {
      head.get()
          .problem(
              head.get().valueLocation("disclosure_threshold"),
              "programme: 'disclosure_threshold' must be at least 1, got " + threshold);
      threshold = 5;
    }
    PublicationLevels levels =
        head.flatMap(h -> h.section("published_levels", "programme published_levels"))
            .map(ProgrammeReader::levels)
            .orElse(PublicationLevels.standard());
    RejectLimit limit =
        head.flatMap(h -> h.section("reject_limit", "programme reject_limit"))
            .map(r -> SourcesReader.rejectLimit(r, RejectLimit.standard()))
            .orElse(RejectLimit.standard());
    Path abs = file.toAbsolutePath().normalize();
    Path base = abs.getParent() == null ? abs : abs.getParent();
    Optional<String> targetsFile = head.flatMap(h -> targetsFile(h, base, paths));
    Optional<Section> baselineSection =
        head.flatMap(h -> h.section("baseline", "programme baseline"));
    head.ifPresent(Section::finish);

    List<District> districts = districts(root);
    List<DistrictGroup> districtGroups = GroupsReader.read(root, districts, municipality);
    List<Source> sources =
        SourcesReader.read(root, limit, !districts.isEmpty(), path -> paths.check(base, path));
    java.util.Map<String, rbs.model.Breakdown> breakdowns = BreakdownsReader.read(root, language);
    IndicatorReader indicators =
        new IndicatorReader(
            districts, districtGroups, sources, new FilterPositions(file), breakdowns);
    List<TargetGroup> groups = targetGroups(root, indicators);
    Optional<Path> comments =
        root.section("comments", "comments").flatMap(c -> commentsFolder(c, base, paths));
    boolean clean = problems.isEmpty();
    Optional<StratsysCodes> stratsys =
        StratsysReader.read(root, municipality, districts, groups, clean);
    List<ValidationRule> validation = ValidationReader.read(root, groups, clean);
    Optional<Baseline> baseline = BaselineReader.read(baselineSection, groups, clean);
    root.finish();
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Programme(
            id,
            name,
            vision,
            municipality,
            language,
            districts,
            threshold,
            groups,
            sources,
            file,
            indicators.sites(),
            levels,
            targetsFile,
            comments,
            districtGroups,
            stratsys,
            validation,
            baseline));
  }

  /**
   * The table of further targets, inside the programme's folder (or an allowed one) and present;
   * its rows are read with the extracts, as a table like theirs.
   */
  private static Optional<String> targetsFile(Section head, Path base, DataPaths paths) {
    Optional<String> path = head.optionalText("targets_file");
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Location at = head.valueLocation("targets_file");
    Optional<String> outside = paths.check(base, path.get());
    if (outside.isPresent()) {
      head.problem(at, "programme: 'targets_file': " + outside.get());
      return Optional.empty();
    }
    if (!Files.isRegularFile(base.resolve(path.get()))) {
      head.problem(at, "programme: 'targets_file': no file '" + path.get() + "' (in " + base + ")");
      return Optional.empty();
    }
    return path;
  }

  /**
   * {@code comments: {folder: kommentarer}}: where units return their comment forms, inside the
   * programme's folder like a source's path.
   */
  private static Optional<Path> commentsFolder(Section s, Path base, DataPaths paths) {
    String folder = s.text("folder");
    s.finish();
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> refused = paths.check(base, folder);
    if (refused.isPresent()) {
      s.problem(s.valueLocation("folder"), "comments: " + refused.get());
      return Optional.empty();
    }
    return Optional.of(Path.of(folder));
  }

  /**
   * Which period kinds a published report shows, for the municipality, for districts and for groups
   * (by default the districts' levels).
   */
  private static PublicationLevels levels(Section s) {
    List<PeriodKind> kinds =
        List.of(
            PeriodKind.MONTH,
            PeriodKind.TERTIAL,
            PeriodKind.YEAR_TO_DATE,
            PeriodKind.YEAR,
            PeriodKind.ROLLING);
    PublicationLevels standard = PublicationLevels.standard();
    Set<PeriodKind> whole =
        s.choices("municipality", kinds, PeriodKind::key)
            .<Set<PeriodKind>>map(Set::copyOf)
            .orElse(standard.whole());
    Set<PeriodKind> districts =
        s.choices("districts", kinds, PeriodKind::key)
            .<Set<PeriodKind>>map(Set::copyOf)
            .orElse(standard.districts());
    Set<PeriodKind> groups =
        s.choices("groups", kinds, PeriodKind::key)
            .<Set<PeriodKind>>map(Set::copyOf)
            .orElse(districts);
    s.finish();
    return new PublicationLevels(whole, districts, groups);
  }

  private static List<District> districts(Section root) {
    List<District> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (YamlNode node : root.list("districts", false)) {
      Optional<String> plain = node.asScalar().map(YamlNode.Scalar::text);
      String name;
      List<String> aliases;
      if (plain.isPresent()) {
        name = plain.get();
        aliases = List.of();
      } else {
        Optional<Section> s = Section.of(node, "district", root.problems());
        if (s.isEmpty()) {
          continue;
        }
        name = s.get().text("name");
        Section d = s.get().renamed("district '" + name + "'");
        aliases = d.texts("aliases");
        d.finish();
      }
      if (name.isBlank()) {
        continue;
      }
      boolean clash = false;
      for (String spelling : concat(name, aliases)) {
        String key = District.slugOf(spelling);
        Integer earlier = seen.putIfAbsent(key, node.location().line());
        if (earlier != null && earlier != node.location().line()) {
          root.problem(
              node.location(),
              "district '"
                  + name
                  + "': the name or alias '"
                  + spelling
                  + "' is already used by the district at line "
                  + earlier);
          clash = true;
        }
      }
      if (!clash) {
        out.add(new District(name, aliases));
      }
    }
    return out;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest);
    all.add(0, first);
    return all;
  }

  private static List<TargetGroup> targetGroups(Section root, IndicatorReader indicators) {
    List<TargetGroup> groups = new ArrayList<>();
    Ids ids = new Ids(root);
    for (YamlNode node : root.list("target_groups", true)) {
      Optional<Section> s = Section.of(node, "target group", root.problems());
      if (s.isEmpty()) {
        continue;
      }
      String id = s.get().text("id");
      Section g = s.get().renamed("target group '" + id + "'");
      ids.claim("target group", id, g.keyLocation("id"));
      String name = g.text("name");
      List<Goal> goals = new ArrayList<>();
      for (YamlNode goalNode : g.list("goals", true)) {
        Section.of(goalNode, g.context() + " goal", root.problems())
            .flatMap(gs -> goal(gs, ids, indicators))
            .ifPresent(goals::add);
      }
      g.finish();
      groups.add(new TargetGroup(id, name, goals));
    }
    return groups;
  }

  private static Optional<Goal> goal(Section s, Ids ids, IndicatorReader indicators) {
    String id = s.text("id");
    Section g = s.renamed("goal '" + id + "'");
    ids.claim("goal", id, g.keyLocation("id"));
    String text = g.text("text");
    GoalRule rule = g.optionalChoice("rule", GoalRule.class, GoalRule::key).orElse(GoalRule.ALL);
    List<Indicator> list = new ArrayList<>();
    for (YamlNode node : g.list("indicators", true)) {
      Section.of(node, g.context() + " indicator", g.problems())
          .flatMap(is -> indicators.read(is, ids))
          .ifPresent(list::add);
    }
    g.finish();
    return Optional.of(new Goal(id, text, rule, list));
  }

  /** Ids must be unique across target groups, goals and indicators: they name rows and sheets. */
  static final class Ids {
    private final Section root;
    private final Map<String, Location> seen = new HashMap<>();

    Ids(Section root) {
      this.root = root;
    }

    void claim(String what, String id, Location at) {
      if (id.isEmpty()) {
        return;
      }
      Location earlier = seen.putIfAbsent(id, at);
      if (earlier != null) {
        root.problem(
            at, "duplicate " + what + " id '" + id + "' (first at line " + earlier.line() + ")");
      }
    }
  }
}
