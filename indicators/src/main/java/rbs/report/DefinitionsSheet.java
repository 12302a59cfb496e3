package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Aggregate;
import rbs.model.DisclosureSummary;
import rbs.model.Indicator;
import rbs.model.Measure;
import rbs.model.MeasureKind;
import rbs.model.PeriodKind;
import rbs.model.Publication;
import rbs.model.Target;

/**
 * What every indicator means: definition, source, filter, unit, polarity, targets, comparability.
 */
final class DefinitionsSheet {

  private static final int[] WIDTHS = {30, 38, 12, 28, 16, 13, 18, 28};

  private DefinitionsSheet() {}

  static void write(XSSFWorkbook workbook, ReportView view, Cells cells, boolean publish) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    XSSFSheet sheet = workbook.createSheet(labels.get(Label.DEFINITIONS));
    Row title = Cells.row(sheet, 0);
    cells.text(title, 0, labels.get(Label.DEFINITIONS), styles.title());
    title.setHeightInPoints(20);
    Row head = Cells.row(sheet, 2);
    String[] heads = {
      labels.get(Label.INDICATOR),
      labels.get(Label.DESCRIPTION),
      labels.get(Label.SOURCE),
      labels.get(Label.FILTER),
      labels.get(Label.MEASURE_UNIT),
      labels.get(Label.POLARITY),
      labels.get(Label.TARGETS),
      labels.get(Label.COMPARABILITY)
    };
    for (int c = 0; c < heads.length; c++) {
      cells.text(head, c, heads[c], styles.header());
    }
    head.setHeightInPoints(30);
    Pages pages = new Pages(sheet, WIDTHS, 2, 2, 3);
    int r = 3;
    List<Indicator> indicators =
        view.results().programme().indicators().collect(Collectors.toList());
    for (Indicator indicator : indicators) {
      Row row = Cells.row(sheet, r++);
      String[] texts = {
        indicator.name(),
        indicator.description(),
        sources(indicator.measure()),
        filters(indicator.measure(), view, labels),
        indicator.unit() + " (" + labels.kind(indicator.measure().kind()) + ")",
        labels.get(
            switch (indicator.polarity()) {
              case HIGHER_IS_BETTER -> Label.POLARITY_HIGHER;
              case LOWER_IS_BETTER -> Label.POLARITY_LOWER;
              case NEUTRAL -> Label.POLARITY_NEUTRAL;
            }),
        targets(indicator, view),
        comparability(indicator, labels)
      };
      float height = 15;
      for (int c = 0; c < texts.length; c++) {
        cells.text(row, c, texts[c], styles.wrapped());
        // every line of a cell shown: the row is as tall as its tallest cell's wrapped lines
        height = Math.max(height, PageSetup.height(texts[c], WIDTHS[c]));
      }
      row.setHeightInPoints(height);
      pages.keep(row.getRowNum(), row.getRowNum());
    }
    new Headers(sheet).table(2, r - 1, 0, heads.length - 1);
    int end = publication(sheet, view, cells, r + 1);
    // the publication's heading with its text
    pages.keep(r, end - 1);
    pages.apply();
    PageSetup.apply(sheet, view, publish, 2, 1, WIDTHS);
  }

  /**
   * What the report shows and withholds, in words, under the indicators.
   *
   * @return the row after it
   */
  private static int publication(XSSFSheet sheet, ReportView view, Cells cells, int r) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    Publication publication = view.results().publication();
    cells.text(Cells.row(sheet, r++), 0, labels.get(Label.PUBLICATION), styles.subtitle());
    List<String> lines = new java.util.ArrayList<>();
    if (!publication.published()) {
      lines.add(labels.get(Label.PUBLICATION_INTERNAL));
    } else {
      String municipality = view.results().programme().municipality();
      String whole = levels(publication.levels().whole(), labels);
      lines.add(
          view.results().programme().districts().isEmpty()
              ? labels.format(Label.PUBLICATION_LEVELS_WHOLE, municipality, whole)
              : labels.format(
                  Label.PUBLICATION_LEVELS,
                  municipality,
                  whole,
                  levels(publication.levels().districts(), labels)));
      List<String> groups =
          view.results().programme().groups().stream().map(g -> g.name()).toList();
      if (!groups.isEmpty()) {
        lines.add(
            labels.format(
                Label.PUBLICATION_LEVELS_GROUPS,
                String.join(", ", groups),
                levels(publication.levels().groups(), labels)));
      }
      int threshold = view.results().programme().disclosureThreshold();
      lines.add(labels.format(Label.PUBLICATION_RULE, threshold - 1, threshold));
      DisclosureSummary s = publication.summary();
      lines.add(
          labels.format(
              Label.PUBLICATION_COUNT, s.withheld(), s.cells(), s.primary(), s.complements()));
    }
    for (String line : lines) {
      Row row = Cells.row(sheet, r++);
      cells.text(row, 0, line, styles.wrapped());
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 3));
      row.setHeightInPoints(PageSetup.height(line, WIDTHS[0] + WIDTHS[1] + WIDTHS[2] + WIDTHS[3]));
    }
    return r;
  }

  private static String levels(java.util.Set<PeriodKind> kinds, Labels labels) {
    return kinds.stream().sorted().map(k -> labels.level(k)).collect(Collectors.joining(", "));
  }

  private static String sources(Measure measure) {
    return measure.aggregates().stream()
        .map(Aggregate::source)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static String filters(Measure measure, ReportView view, Labels labels) {
    List<String> parts = new ArrayList<>();
    for (Aggregate a : measure.aggregates()) {
      parts.add(a.filter().map(f -> view.describe(a.source(), f)).orElse(labels.get(Label.ALL)));
    }
    if (measure.kind() == MeasureKind.SHARE) {
      return labels.get(Label.NUMERATOR)
          + ": "
          + parts.get(0)
          + "\n"
          + labels.get(Label.DENOMINATOR)
          + ": "
          + parts.get(1);
    }
    return parts.get(0);
  }

  private static String targets(Indicator indicator, ReportView view) {
    List<String> lines = new ArrayList<>();
    for (Target t : indicator.targets()) {
      if (t.year() < view.year() - 1 || t.year() > view.year()) {
        continue;
      }
      String scope =
          t.district().map(d -> " " + d).orElse("") + t.tertial().map(n -> " T" + n).orElse("");
      lines.add(t.year() + scope + ": " + t.value().stripTrailingZeros().toPlainString());
    }
    return String.join("\n", lines);
  }

  private static String comparability(Indicator indicator, Labels labels) {
    Optional<String> from =
        indicator.comparableFrom().map(y -> labels.format(Label.COMPARABLE_FROM, y));
    String notes = indicator.notes();
    return from.map(f -> notes.isEmpty() ? f : f + " " + notes).orElse(notes);
  }
}
