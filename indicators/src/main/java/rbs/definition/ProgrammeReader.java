package rbs.definition;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.District;
import rbs.model.Goal;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.Programme;
import rbs.model.RejectLimit;
import rbs.model.Source;
import rbs.model.TargetGroup;

/**
 * Reads a programme file strictly: every unknown key, wrong type, dangling reference, duplicate id
 * and filter error is reported as {@code file:line:column: message}, all of them in one run.
 */
public final class ProgrammeReader {

  /** The most problems reported for one file; more are usually one mistake repeated. */
  public static final int MAX_PROBLEMS = 100;

  private ProgrammeReader() {}

  /**
   * Reads a programme file and checks it, reporting every problem found rather than the first.
   *
   * @throws InputException UNAVAILABLE when the file cannot be read, INVALID listing every problem
   */
  public static Programme read(Path file) {
    String shown = file.toString();
    if (!Files.exists(file)) {
      throw InputException.unavailable(Location.of(shown), "programme file not found");
    }
    if (!Files.isRegularFile(file)) {
      throw InputException.unavailable(Location.of(shown), "not a file");
    }
    List<Problem> problems = new ArrayList<>();
    YamlNode root;
    try (Reader reader =
        new java.io.InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT))) {
      root = new YamlTreeReader(shown, problems).read(reader);
    } catch (CharacterCodingException e) {
      throw InputException.invalid(
          Location.of(shown), "not UTF-8 text; save the programme file as UTF-8");
    } catch (IOException e) {
      throw InputException.unavailable(Location.of(shown), "cannot read: " + e.getMessage());
    }
    Optional<Programme> programme = build(root, file, problems);
    if (!problems.isEmpty() || programme.isEmpty()) {
      problems.sort(Comparator.comparing(Problem::location));
      List<Problem> shownProblems =
          problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
      throw InputException.invalid(List.copyOf(shownProblems));
    }
    return programme.get();
  }

  private static Optional<Programme> build(YamlNode rootNode, Path file, List<Problem> problems) {
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
    RejectLimit limit =
        head.flatMap(h -> h.section("reject_limit", "programme reject_limit"))
            .map(r -> SourcesReader.rejectLimit(r, RejectLimit.standard()))
            .orElse(RejectLimit.standard());
    head.ifPresent(Section::finish);

    List<District> districts = districts(root);
    List<Source> sources = SourcesReader.read(root, limit, !districts.isEmpty());
    IndicatorReader indicators = new IndicatorReader(districts, sources, new FilterPositions(file));
    List<TargetGroup> groups = targetGroups(root, indicators);
    root.finish();
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Programme(
            id, name, vision, municipality, language, districts, threshold, groups, sources, file));
  }

  private static List<District> districts(Section root) {
    List<District> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (YamlNode node : root.list("districts", false)) {
      Optional<String> plain =
          node instanceof YamlNode.Scalar scalar ? Optional.of(scalar.text()) : Optional.empty();
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
