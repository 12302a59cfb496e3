package rbs.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import rbs.model.TargetGroup;
import rbs.model.ValidationRule;

/**
 * The {@code validation:} list: rules across indicators, each {@code {id, rule}} with the rule a
 * chain of indicator ids and comparisons ({@code a <= b <= c}; {@code <}, {@code >=}, {@code >},
 * {@code ==} too).
 */
final class ValidationReader {

  private static final Pattern OPERATOR = Pattern.compile("<=|>=|==|<|>");

  private ValidationReader() {}

  /**
   * @param clean whether the rest of the programme was read without problems: an indicator with a
   *     problem of its own is not among the groups' ids, and is not reported again as unknown
   */
  static List<ValidationRule> read(Section root, List<TargetGroup> groups, boolean clean) {
    Set<String> ids =
        groups.stream()
            .flatMap(g -> g.goals().stream())
            .flatMap(g -> g.indicators().stream())
            .map(i -> i.id())
            .collect(Collectors.toSet());
    List<ValidationRule> rules = new ArrayList<>();
    for (YamlNode node : root.list("validation", false)) {
      Optional<Section> s = Section.of(node, "validation rule", root.problems());
      if (s.isEmpty()) {
        continue;
      }
      String id = s.get().text("id");
      Section rule = s.get().renamed("validation rule '" + id + "'");
      String expression = rule.text("rule");
      rule.finish();
      if (id.isBlank() || expression.isBlank()) {
        continue;
      }
      List<String> indicators = new ArrayList<>();
      List<ValidationRule.Comparison> comparisons = new ArrayList<>();
      Matcher m = OPERATOR.matcher(expression);
      int from = 0;
      while (m.find()) {
        indicators.add(expression.substring(from, m.start()).strip());
        comparisons.add(comparison(m.group()));
        from = m.end();
      }
      indicators.add(expression.substring(from).strip());
      if (comparisons.isEmpty()) {
        rule.problem(
            rule.valueLocation("rule"),
            rule.context() + ": compare indicators, e.g. 'a <= b' or 'a <= b <= c'");
        continue;
      }
      boolean known = true;
      for (String indicator : indicators) {
        if (!ids.contains(indicator)) {
          if (clean) {
            rule.problem(
                rule.valueLocation("rule"),
                rule.context() + ": no indicator has the id '" + indicator + "'");
          }
          known = false;
        }
      }
      if (known) {
        rules.add(new ValidationRule(id, expression.strip(), indicators, comparisons));
      }
    }
    return rules;
  }

  private static ValidationRule.Comparison comparison(String symbol) {
    for (ValidationRule.Comparison c : ValidationRule.Comparison.values()) {
      if (c.symbol().equals(symbol)) {
        return c;
      }
    }
    throw new IllegalArgumentException(symbol);
  }
}
