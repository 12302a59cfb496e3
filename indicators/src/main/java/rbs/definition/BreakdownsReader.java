package rbs.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rbs.model.Breakdown;

/**
 * The {@code breakdowns:} list: each {@code {id, label, column}} with either {@code categories}
 * (text values, each a plain value or {@code {value, label}}) or {@code bands} of whole numbers
 * ({@code "0-17"}, {@code "65+"}), and optionally the label of the category of unknown values.
 */
final class BreakdownsReader {

  private static final Pattern BAND = Pattern.compile("\\s*(\\d+)\\s*(?:[-–]\\s*(\\d+)|(\\+))\\s*");

  private BreakdownsReader() {}

  /** The declared breakdowns by id, in order. */
  static Map<String, Breakdown> read(Section root, String language) {
    Map<String, Breakdown> out = new LinkedHashMap<>();
    for (YamlNode node : root.list("breakdowns", false)) {
      Optional<Section> entry = Section.of(node, "breakdown", root.problems());
      if (entry.isEmpty()) {
        continue;
      }
      String id = entry.get().text("id");
      Section s = entry.get().renamed("breakdown '" + id + "'");
      String label = s.text("label", id);
      String column = s.text("column");
      String unknown = s.text("unknown", "sv".equals(language) ? "Uppgift saknas" : "Unknown");
      List<Breakdown.Category> categories = new ArrayList<>();
      boolean hasValues = s.has("categories");
      boolean hasBands = s.has("bands");
      if (hasValues == hasBands) {
        s.problem(s.location(), s.context() + ": give either 'categories' or 'bands'");
      }
      if (hasValues) {
        for (YamlNode item : s.list("categories", true)) {
          value(s, item).ifPresent(categories::add);
        }
      }
      if (hasBands) {
        for (YamlNode item : s.list("bands", true)) {
          band(s, item).ifPresent(categories::add);
        }
        if (!hasValues) {
          overlaps(s, categories);
        }
      }
      s.finish();
      if (id.isBlank() || column.isBlank() || categories.isEmpty()) {
        continue;
      }
      if (out.containsKey(id)) {
        s.problem(s.keyLocation("id"), s.context() + ": the id is used by another breakdown");
        continue;
      }
      try {
        out.put(id, Breakdown.of(id, label, column, categories, unknown));
      } catch (IllegalArgumentException e) {
        s.problem(s.location(), s.context() + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static Optional<Breakdown.Category> value(Section s, YamlNode item) {
    Optional<String> plain = item.plainText();
    if (plain.isPresent() && !plain.get().isBlank()) {
      return Optional.of(new Breakdown.Category.Value(plain.get().strip(), plain.get().strip()));
    }
    Optional<Section> c = Section.of(item, s.context() + " category", s.problems());
    if (c.isEmpty()) {
      return Optional.empty();
    }
    String value = c.get().text("value");
    String label = c.get().text("label", value);
    c.get().finish();
    return value.isBlank()
        ? Optional.empty()
        : Optional.of(new Breakdown.Category.Value(value.strip(), label));
  }

  private static Optional<Breakdown.Category> band(Section s, YamlNode item) {
    Optional<String> text = item.plainText();
    Matcher m = BAND.matcher(text.orElse(""));
    if (!m.matches()) {
      s.problem(
          item.location(),
          s.context() + ": a band is written \"18-24\" or \"65+\", got " + item.describe());
      return Optional.empty();
    }
    long from = Long.parseLong(m.group(1));
    Optional<Long> to = Optional.ofNullable(m.group(2)).map(Long::parseLong);
    if (to.isPresent() && to.get() < from) {
      s.problem(
          item.location(), s.context() + ": the band " + text.get() + " ends before it begins");
      return Optional.empty();
    }
    String label = to.map(t -> from + "–" + t).orElse(from + "+");
    return Optional.of(new Breakdown.Category.Band(from, to, label));
  }

  /** Bands may not overlap: a value would count in the first only, silently. */
  private static void overlaps(Section s, List<Breakdown.Category> bands) {
    for (int i = 0; i < bands.size(); i++) {
      for (int j = i + 1; j < bands.size(); j++) {
        Breakdown.Category.Band a = (Breakdown.Category.Band) bands.get(i);
        Breakdown.Category.Band b = (Breakdown.Category.Band) bands.get(j);
        long aTo = a.to().orElse(Long.MAX_VALUE);
        long bTo = b.to().orElse(Long.MAX_VALUE);
        if (a.from() <= bTo && b.from() <= aTo) {
          s.problem(
              s.valueLocation("bands"),
              s.context() + ": the bands " + a.code() + " and " + b.code() + " overlap");
          return;
        }
      }
    }
  }
}
