package rbs.definition;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import rbs.model.District;
import rbs.model.PeriodKind;
import rbs.model.StratsysCodes;
import rbs.model.TargetGroup;

/**
 * The {@code stratsys:} section: the external codes of units, of each indicator's measure (one code
 * for the report's main period, or one per period level) and of the measure column.
 */
final class StratsysReader {

  private static final List<PeriodKind> LEVELS =
      List.of(
          PeriodKind.MONTH,
          PeriodKind.TERTIAL,
          PeriodKind.YEAR_TO_DATE,
          PeriodKind.YEAR,
          PeriodKind.ROLLING);

  private StratsysReader() {}

  /**
   * A plain code stands for the report's main period: the year to date, the year or the rolling
   * twelve months, whichever the report is about (see docs/programme-format.md).
   *
   * @param clean whether the rest of the programme was read without problems: an indicator with a
   *     problem of its own is not among the groups' ids, and is not reported again as unknown
   */
  static Optional<StratsysCodes> read(
      Section root,
      String municipality,
      List<District> districts,
      List<TargetGroup> groups,
      boolean clean) {
    Optional<Section> section = root.section("stratsys", "stratsys");
    if (section.isEmpty()) {
      return Optional.empty();
    }
    Section s = section.get();
    String column = s.text("column");
    String decimal = s.text("decimal", ",");
    if (!decimal.equals(",") && !decimal.equals(".")) {
      s.problem(s.valueLocation("decimal"), "stratsys: 'decimal' is \",\" or \".\"");
      decimal = ",";
    }
    Map<String, String> units = new LinkedHashMap<>();
    mapping(s, "units")
        .ifPresent(
            m ->
                m.values()
                    .forEach(
                        (name, node) -> {
                          Optional<String> unit = unitNamed(name, municipality, districts);
                          Optional<String> code = code(s, node, "unit '" + name + "'");
                          if (unit.isEmpty()) {
                            s.problem(
                                m.keys().get(name).location(),
                                "stratsys units: no district or municipality is called '"
                                    + name
                                    + "'");
                          } else if (code.isPresent()
                              && units.putIfAbsent(unit.get(), code.get()) != null) {
                            s.problem(
                                m.keys().get(name).location(),
                                "stratsys units: '" + unit.get() + "' is mapped twice");
                          }
                        }));
    Set<String> ids =
        groups.stream()
            .flatMap(g -> g.goals().stream())
            .flatMap(g -> g.indicators().stream())
            .map(i -> i.id())
            .collect(Collectors.toSet());
    Map<String, Map<PeriodKind, String>> measures = new LinkedHashMap<>();
    mapping(s, "indicators")
        .ifPresent(
            m ->
                m.values()
                    .forEach(
                        (id, node) -> {
                          if (!ids.contains(id) && clean) {
                            s.problem(
                                m.keys().get(id).location(),
                                "stratsys indicators: no indicator has the id '" + id + "'");
                            return;
                          }
                          measures.put(id, levels(s, id, node));
                        }));
    s.finish();
    if (column.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new StratsysCodes(column, decimal.charAt(0), units, measures));
  }

  /** One code (the main period, stored under every level a main period can be) or per level. */
  private static Map<PeriodKind, String> levels(Section s, String id, YamlNode node) {
    Map<PeriodKind, String> out = new EnumMap<>(PeriodKind.class);
    Optional<YamlNode.Mapping> byLevel = node.asMapping();
    if (byLevel.isEmpty()) {
      code(s, node, "indicator '" + id + "'")
          .ifPresent(
              c -> {
                out.put(PeriodKind.YEAR_TO_DATE, c);
                out.put(PeriodKind.YEAR, c);
                out.put(PeriodKind.ROLLING, c);
              });
      return out;
    }
    byLevel
        .get()
        .values()
        .forEach(
            (word, value) -> {
              Optional<PeriodKind> level =
                  LEVELS.stream().filter(k -> k.key().equals(word)).findFirst();
              if (level.isEmpty()) {
                s.problem(
                    byLevel.get().keys().get(word).location(),
                    "stratsys indicator '"
                        + id
                        + "': '"
                        + word
                        + "' is no period level (month, tertial, ytd, year, rolling)");
                return;
              }
              code(s, value, "indicator '" + id + "' " + word)
                  .ifPresent(c -> out.put(level.get(), c));
            });
    return out;
  }

  private static Optional<YamlNode.Mapping> mapping(Section s, String key) {
    Optional<YamlNode> node = s.node(key);
    if (node.isEmpty() || node.get().isNull()) {
      return Optional.empty();
    }
    Optional<YamlNode.Mapping> m = node.get().asMapping();
    if (m.isEmpty()) {
      s.problem(
          node.get().location(),
          "stratsys: '" + key + "' must be a mapping (name: code), got " + node.get().describe());
    }
    return m;
  }

  private static Optional<String> code(Section s, YamlNode node, String what) {
    Optional<String> code = node.plainText().map(String::strip).filter(c -> !c.isEmpty());
    if (code.isEmpty()) {
      s.problem(
          node.location(), "stratsys " + what + ": the code must be text, got " + node.describe());
    } else if (code.get().chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
      s.problem(node.location(), "stratsys " + what + ": a code cannot hold a tab or line break");
      return Optional.empty();
    }
    return code;
  }

  private static Optional<String> unitNamed(
      String text, String municipality, List<District> districts) {
    String key = District.slugOf(text);
    if (District.slugOf(municipality).equals(key)) {
      return Optional.of(municipality);
    }
    for (District d : districts) {
      if (d.slug().equals(key)
          || d.aliases().stream().anyMatch(a -> District.slugOf(a).equals(key))) {
        return Optional.of(d.name());
      }
    }
    return Optional.empty();
  }
}
