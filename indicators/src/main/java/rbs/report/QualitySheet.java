package rbs.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.InputFile;
import rbs.model.MissingData;
import rbs.model.RejectReason;
import rbs.model.RejectSummary;
import rbs.model.Revision;
import rbs.model.Violation;

/**
 * What the numbers rest on: each input file (with its rows read, used and rejected in an internal
 * workbook), the months a district delivered nothing, and the reject reasons (which never quote a
 * personal value), in the programme's language. A district's workbook holds its own files, months
 * and rejects; the municipality's the whole picture. A table that continues on the next printed
 * page repeats its heading and column headers there.
 */
final class QualitySheet {

  private static final int[] WIDTHS = {18, 50, 15, 15, 15, 24};

  private QualitySheet() {}

  /** One data row: its height, and how it is written. */
  private interface Line {
    float height();

    void write(Row row);
  }

  static void write(
      XSSFWorkbook workbook,
      ReportView view,
      Cells cells,
      boolean publish,
      List<Violation> violations) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    XSSFSheet sheet = workbook.createSheet(labels.get(Label.QUALITY));
    Row title = Cells.row(sheet, 0);
    cells.text(title, 0, labels.get(Label.QUALITY), styles.title());
    title.setHeightInPoints(20);
    cells.text(
        Cells.row(sheet, 1),
        0,
        view.unit().name() + " – " + view.results().period(),
        styles.footnote());
    Tables tables = new Tables(sheet, cells, new Pages(sheet, WIDTHS, 0, 1, 3), labels);

    List<InputFile> inputs = ownFiles(view);
    inputs.sort(
        (a, b) ->
            a.source().equals(b.source())
                ? a.path().compareTo(b.path())
                : a.source().compareTo(b.source()));
    // a published workbook shows no row counts: an unfiltered count of a small district's file
    // could give away a count the tables withhold
    boolean counts = !publish;
    List<Line> files = new ArrayList<>();
    for (InputFile file : inputs) {
      files.add(
          line(
              PageSetup.height(file.path(), WIDTHS[1]),
              row -> {
                cells.text(row, 0, file.source(), styles.text());
                cells.text(row, 1, file.path(), styles.wrapped());
                if (counts) {
                  cells.number(row, 2, (double) file.rowsRead(), styles.number(0));
                  cells.number(row, 3, (double) file.rowsUsed(), styles.number(0));
                  cells.number(row, 4, (double) file.rowsRejected(), styles.number(0));
                }
              }));
    }
    tables.table(
        labels.get(Label.INPUTS),
        counts
            ? new String[] {
              labels.get(Label.SOURCE),
              labels.get(Label.FILE),
              labels.get(Label.ROWS_READ),
              labels.get(Label.ROWS_USED),
              labels.get(Label.ROWS_REJECTED)
            }
            : new String[] {labels.get(Label.SOURCE), labels.get(Label.FILE)},
        files,
        labels.get(Label.NO_FILES));

    // one line per source and month, listing the districts that delivered nothing
    Map<String, List<String>> missing = new TreeMap<>();
    List<MissingData> sorted = new ArrayList<>(view.results().missing());
    sorted.sort(null);
    for (MissingData m : sorted) {
      if (view.unit().isWhole()
          || view.unit().members().stream().anyMatch(d -> d.name().equals(m.district()))) {
        missing
            .computeIfAbsent(m.source() + "\t" + m.month(), k -> new ArrayList<>())
            .add(m.district());
      }
    }
    List<Line> months = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : missing.entrySet()) {
      String[] key = e.getKey().split("\t", -1);
      String districts = String.join(", ", e.getValue());
      YearMonth month = YearMonth.parse(key[1]);
      months.add(
          line(
              PageSetup.height(districts, WIDTHS[1]),
              row -> {
                cells.text(row, 0, key[0], styles.text());
                cells.text(row, 1, districts, styles.wrapped());
                cells.date(
                    row, 2, month.atDay(1), styles.date("yyyy-mm", HorizontalAlignment.CENTER));
              }));
    }
    // the statement is about the workbook's own unit: a district speaks for itself only
    boolean allDistricts =
        view.unit().isWhole() && !view.results().programme().districts().isEmpty();
    tables.table(
        labels.get(Label.MISSING),
        new String[] {
          labels.get(Label.SOURCE), labels.get(Label.DISTRICT), labels.get(Label.MONTH)
        },
        months,
        allDistricts
            ? labels.get(Label.NO_MISSING)
            : labels.format(Label.NO_MISSING_UNIT, view.unit().name()));

    // per source, column and reason, over the unit's own files; the reason in the report's language
    Set<String> own = new HashSet<>();
    inputs.forEach(f -> own.add(f.source() + "\t" + f.path()));
    Map<List<String>, Long> byReason = new TreeMap<>(QualitySheet::compareKeys);
    String language = view.results().programme().language();
    for (RejectSummary reject : view.results().rejects()) {
      if (view.unit().isWhole() || own.contains(reject.source() + "\t" + reject.file())) {
        byReason.merge(
            List.of(reject.source(), reject.column(), RejectReason.in(reject.reason(), language)),
            reject.rows(),
            Long::sum);
      }
    }
    List<Line> reasons = new ArrayList<>();
    byReason.forEach(
        (key, n) ->
            reasons.add(
                line(
                    PageSetup.height(key.get(2), WIDTHS[1]),
                    row -> {
                      cells.text(row, 0, key.get(0), styles.text());
                      cells.text(row, 1, key.get(2), styles.wrapped());
                      if (counts) {
                        cells.number(row, 2, (double) n, styles.number(0));
                        cells.text(row, 3, key.get(1), styles.text());
                      } else {
                        cells.text(row, 2, key.get(1), styles.text());
                      }
                    })));
    tables.table(
        labels.get(Label.REJECTS),
        counts
            ? new String[] {
              labels.get(Label.SOURCE),
              labels.get(Label.REASON),
              labels.get(Label.ROWS),
              labels.get(Label.COLUMN)
            }
            : new String[] {
              labels.get(Label.SOURCE), labels.get(Label.REASON), labels.get(Label.COLUMN)
            },
        reasons,
        labels.get(Label.NO_REJECTS));
    if (BaselineBlock.any(view)) {
      baselines(view, cells, tables);
    }
    if (view.published()) {
      revisions(view, cells, tables);
    } else {
      violations(view, cells, tables, violations);
    }
    tables.pages.apply();
    PageSetup.apply(sheet, view, publish, 0, 2, WIDTHS);
  }

  /**
   * The validation rules the data break (internal reports only: a broken rule tells how withheld
   * numbers compare). A district's workbook lists its own.
   */
  private static void violations(
      ReportView view, Cells cells, Tables tables, List<Violation> violations) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    List<Line> lines = new ArrayList<>();
    for (Violation v : violations) {
      if (!view.unit().isWhole() && !v.unit().equals(view.unit())) {
        continue;
      }
      String rule = v.rule() + ": " + v.expression();
      lines.add(
          line(
              PageSetup.height(rule, WIDTHS[1]),
              row -> {
                cells.text(row, 0, v.unit().name(), styles.text());
                cells.text(row, 1, rule, styles.wrapped());
                cells.text(row, 2, view.periodInWords(v.period()), styles.text());
              }));
    }
    tables.table(
        labels.get(Label.VIOLATIONS),
        new String[] {labels.get(Label.UNIT), labels.get(Label.RULE), labels.get(Label.PERIOD)},
        lines,
        labels.get(Label.NO_VIOLATIONS));
  }

  /** Baselines (utgångsläge) without data: shown as missing, never as zero. */
  private static void baselines(ReportView view, Cells cells, Tables tables) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    List<Line> lines = new ArrayList<>();
    for (String[] m : BaselineBlock.missing(view)) {
      lines.add(
          line(
              PageSetup.height(m[1], WIDTHS[1]),
              row -> {
                cells.text(row, 0, m[0], styles.text());
                cells.text(row, 1, m[1], styles.wrapped());
                cells.text(row, 2, m[2], styles.text());
              }));
    }
    tables.table(
        labels.get(Label.BASELINES_MISSING),
        new String[] {
          labels.get(Label.UNIT), labels.get(Label.INDICATOR), labels.get(Label.BASELINE)
        },
        lines,
        labels.get(Label.BASELINES_ALL));
  }

  /**
   * Figures an earlier publication showed that this one contradicts (the data were corrected
   * since): a reader of both sees two numbers for one thing and deserves to be told. A district's
   * workbook lists its own.
   */
  private static void revisions(ReportView view, Cells cells, Tables tables) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    List<Line> lines = new ArrayList<>();
    for (Revision rev : view.results().publication().revisions()) {
      if (!view.unit().isWhole() && !rev.unit().equals(view.unit().name())) {
        continue;
      }
      String name =
          view.results().programme().indicator(rev.indicatorId()).map(i -> i.name()).orElse("");
      lines.add(
          line(
              PageSetup.height(name, WIDTHS[1]),
              row -> {
                cells.text(row, 0, rev.unit(), styles.text());
                cells.text(row, 1, name, styles.wrapped());
                cells.text(row, 2, view.periodLabel(rev.period()), styles.text());
                cells.text(row, 3, rev.publication(), styles.text());
                cells.text(row, 4, rev.before(), styles.centered());
                cells.text(row, 5, rev.now(), styles.text());
              }));
    }
    tables.table(
        labels.get(Label.REVISIONS),
        new String[] {
          labels.get(Label.DISTRICT),
          labels.get(Label.INDICATOR),
          labels.get(Label.PERIOD),
          labels.get(Label.REVISION_PUBLICATION),
          labels.get(Label.REVISION_BEFORE),
          labels.get(Label.REVISION_NOW)
        },
        lines,
        labels.get(Label.NO_REVISIONS));
  }

  /**
   * The files of the workbook's unit: every file for the municipality, a district's own for a
   * district (the files whose rows were for it; a file with no usable row names no district and is
   * listed in the municipality's workbook).
   */
  private static List<InputFile> ownFiles(ReportView view) {
    List<InputFile> files = new ArrayList<>();
    for (InputFile f : view.results().inputs()) {
      // a district's own files; a group's, the files of its members
      if (view.unit().isWhole()
          || view.unit().members().stream().anyMatch(d -> f.districts().contains(d.name()))) {
        files.add(f);
      }
    }
    return files;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static Line line(float height, java.util.function.Consumer<Row> writer) {
    return new Line() {
      @Override
      public float height() {
        return height;
      }

      @Override
      public void write(Row row) {
        writer.accept(row);
      }
    };
  }

  /** Writes the sheet's tables one below the other, each starting and continuing whole. */
  private static final class Tables {

    private final XSSFSheet sheet;
    private final Cells cells;
    private final Pages pages;
    private final Labels labels;
    private final Headers headers;
    private int r = 3;

    Tables(XSSFSheet sheet, Cells cells, Pages pages, Labels labels) {
      this.sheet = sheet;
      this.cells = cells;
      this.pages = pages;
      this.labels = labels;
      this.headers = new Headers(sheet);
    }

    /**
     * A heading, column headers and the lines, or the heading and {@code empty} when there are no
     * lines. The heading never ends a page: it starts the next one with the headers and the first
     * line; where the lines continue on a new page, the heading ("… (forts.)") and the headers do
     * too.
     */
    void table(String heading, String[] heads, List<Line> lines, String empty) {
      Styles styles = cells.styles();
      float first = lines.isEmpty() ? 15 : lines.get(0).height();
      if (!pages.atTop() && !pages.fits(15 + 15 + 30 + first)) {
        pages.breakBefore(r);
      } else if (!pages.atTop()) {
        // a blank line between tables
        pages.keep(r, r);
        r++;
      }
      cells.text(Cells.row(sheet, r), 0, heading, styles.subtitle());
      pages.keep(r, r);
      r++;
      if (lines.isEmpty()) {
        cells.text(Cells.row(sheet, r), 0, empty, styles.text());
        pages.keep(r, r);
        r++;
        return;
      }
      int header = head(heads);
      for (Line line : lines) {
        if (!pages.fits(line.height())) {
          headers.table(header, r - 1, 0, heads.length - 1);
          pages.breakBefore(r);
          cells.text(
              Cells.row(sheet, r),
              0,
              heading + " (" + labels.get(Label.CONTINUED) + ")",
              styles.subtitle());
          pages.keep(r, r);
          r++;
          header = head(heads);
        }
        Row row = Cells.row(sheet, r);
        line.write(row);
        row.setHeightInPoints(line.height());
        pages.keep(r, r);
        r++;
      }
      headers.table(header, r - 1, 0, heads.length - 1);
    }

    private int head(String[] heads) {
      Row row = Cells.row(sheet, r);
      for (int c = 0; c < heads.length; c++) {
        cells.text(row, c, heads[c], cells.styles().header());
      }
      row.setHeightInPoints(30);
      pages.keep(r, r);
      return r++;
    }
  }
}
