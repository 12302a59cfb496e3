package rbs.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rbs.model.SafeText;

/**
 * One chart, independent of how it is drawn: the native Excel chart and the PNG are made from the
 * same spec, so both show the same data, colours, titles and marks.
 *
 * @param key short name used in PNG file names ("months", "districts", "years")
 * @param title the indicator's name, never shortened
 * @param subtitle what is shown per what, the unit and the period ("Per månad jan–aug 2014 och
 *     2013, personer")
 * @param decimals the indicator's decimals, for every number the chart or its text shows
 * @param categories labels along the x axis, each with the mark of a value that is not a plain one
 *     ("maj (..)", "apr *", "2015 (prognos)")
 * @param notes per category, what its mark means in words ("" when none)
 * @param series one value per category each; empty values are gaps (missing or withheld)
 * @param altText the chart in words for a reader who cannot see it: kind, title, latest value,
 *     target and the gaps
 */
record ChartSpec(
    String key,
    Kind kind,
    String title,
    String subtitle,
    String categoryTitle,
    String valueTitle,
    boolean percent,
    int decimals,
    List<String> categories,
    List<String> notes,
    List<Series> series,
    String altText) {

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
    subtitle = SafeText.mask(Objects.requireNonNull(subtitle, "subtitle"));
    categoryTitle = SafeText.mask(categoryTitle);
    valueTitle = SafeText.mask(valueTitle);
    categories = categories.stream().map(SafeText::mask).toList();
    notes = notes.stream().map(SafeText::mask).toList();
    series = List.copyOf(series);
    altText = SafeText.mask(Objects.requireNonNull(altText, "altText"));
    if (notes.size() != categories.size()) {
      throw new IllegalArgumentException("one note per category");
    }
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("one value per category");
      }
    }
  }

  /** The title with its subtitle, as one text. */
  String fullTitle() {
    return title + ". " + subtitle;
  }
}
