package rbs.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rbs.model.SafeText;

/**
 * One chart, independent of how it is drawn: the native Excel chart and the PNG are made from the
 * same spec, so both show the same data, colours and titles.
 *
 * @param key short name used in PNG file names ("months", "districts", "years")
 * @param categories labels along the x axis
 * @param series one value per category each; empty values are gaps (missing or withheld)
 */
record ChartSpec(
    String key,
    Kind kind,
    String title,
    String categoryTitle,
    String valueTitle,
    boolean percent,
    List<String> categories,
    List<Series> series) {

  /** Line chart over time, or bars side by side. */
  enum Kind {
    LINE,
    BAR
  }

  /** How a line is drawn. */
  enum Dash {
    SOLID,
    DASH,
    DOT
  }

  /** A named series with its colour (RRGGBB) and line style. */
  record Series(
      String name, List<Optional<Double>> values, String rgb, Dash dash, boolean markers) {

    Series {
      name = SafeText.mask(Objects.requireNonNull(name, "name"));
      Objects.requireNonNull(rgb, "rgb");
      Objects.requireNonNull(dash, "dash");
      values = List.copyOf(values);
    }
  }

  ChartSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    // titles and labels come from the programme: masked for the workbook and the PNG alike
    title = SafeText.mask(Objects.requireNonNull(title, "title"));
    categoryTitle = SafeText.mask(categoryTitle);
    valueTitle = SafeText.mask(valueTitle);
    categories = categories.stream().map(SafeText::mask).toList();
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("one value per category");
      }
    }
  }
}
