package rbs.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import rbs.Location;
import rbs.model.Baseline;
import rbs.model.TargetGroup;

/**
 * {@code baseline: {year: 2012, indicators: {kvinnor-trygga: 2013}}} under {@code programme}: the
 * starting point (utgångsläge) reports compare with, and indicators that start later.
 */
final class BaselineReader {

  private static final int FIRST = 1900;
  private static final int LAST = 2999;

  private BaselineReader() {}

  /**
   * The baseline, once the indicators are known (an override must name one); empty, with a problem
   * where it is written wrong, or when the programme names none.
   */
  static Optional<Baseline> read(
      Optional<Section> section, List<TargetGroup> groups, boolean clean) {
    if (section.isEmpty()) {
      return Optional.empty();
    }
    Section s = section.get();
    Optional<Integer> year = year(s, s.optionalInt("year"), "year", s.valueLocation("year"));
    if (year.isEmpty() && !s.has("year")) {
      s.problem(s.location(), "programme baseline: missing required key 'year'");
    }
    Set<String> ids =
        groups.stream()
            .flatMap(g -> g.goals().stream())
            .flatMap(g -> g.indicators().stream())
            .map(i -> i.id())
            .collect(Collectors.toSet());
    Map<String, Integer> own = new LinkedHashMap<>();
    s.node("indicators")
        .filter(n -> !n.isNull())
        .ifPresent(
            n -> {
              Optional<YamlNode.Mapping> m = n.asMapping();
              if (m.isEmpty()) {
                s.problem(
                    n.location(),
                    "programme baseline: 'indicators' must be a mapping (indicator id: year), got "
                        + n.describe());
                return;
              }
              m.get()
                  .values()
                  .forEach(
                      (id, node) -> {
                        if (!ids.contains(id) && clean) {
                          s.problem(
                              m.get().keys().get(id).location(),
                              "programme baseline indicators: no indicator has the id '"
                                  + id
                                  + "'");
                          return;
                        }
                        Optional<Integer> y =
                            node.plainText()
                                .flatMap(BaselineReader::parse)
                                .or(
                                    () -> {
                                      s.problem(
                                          node.location(),
                                          "programme baseline indicators: '"
                                              + id
                                              + "' must be a year, got "
                                              + node.describe());
                                      return Optional.empty();
                                    });
                        y.flatMap(v -> year(s, Optional.of(v), id, node.location()))
                            .ifPresent(v -> own.put(id, v));
                      });
            });
    s.finish();
    return year.map(y -> new Baseline(y, own));
  }

  private static Optional<Integer> parse(String text) {
    try {
      return Optional.of(Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> year(
      Section s, Optional<Integer> year, String key, Location at) {
    if (year.isPresent() && (year.get() < FIRST || year.get() > LAST)) {
      s.problem(
          at,
          "programme baseline: '"
              + key
              + "' must be a year ("
              + FIRST
              + "–"
              + LAST
              + "), got "
              + year.get());
      return Optional.empty();
    }
    return year;
  }
}
