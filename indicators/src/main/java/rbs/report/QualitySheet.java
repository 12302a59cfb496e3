package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.InputFile;
import rbs.model.MissingData;
import rbs.model.RejectSummary;
import rbs.model.Revision;

/**
 * What the numbers rest on: each input file's rows read, used and rejected, the months a district
 * delivered nothing, and the reject reasons (which never quote a personal value).
 */
final class QualitySheet {

  private static final int[] WIDTHS = {18, 50, 15, 15, 15, 40};

  private QualitySheet() {}

  static void write(XSSFWorkbook workbook, ReportView view, Cells cells, boolean publish) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    XSSFSheet sheet = workbook.createSheet(labels.get("quality"));
    cells.text(Cells.row(sheet, 0), 0, labels.get("quality"), styles.title());
    cells.text(
        Cells.row(sheet, 1),
        0,
        view.unit().name() + " – " + view.results().period(),
        styles.footnote());

    int r = 3;
    cells.text(Cells.row(sheet, r++), 0, labels.get("inputs"), styles.subtitle());
    header(
        cells,
        Cells.row(sheet, r++),
        labels.get("source"),
        labels.get("file"),
        labels.get("rowsRead"),
        labels.get("rowsUsed"),
        labels.get("rowsRejected"));
    List<InputFile> inputs = new ArrayList<>(view.results().inputs());
    inputs.sort(
        (a, b) ->
            a.source().equals(b.source())
                ? a.path().compareTo(b.path())
                : a.source().compareTo(b.source()));
    for (InputFile file : inputs) {
      Row row = Cells.row(sheet, r++);
      cells.text(row, 0, file.source(), styles.text());
      cells.text(row, 1, file.path(), styles.wrapped());
      cells.number(row, 2, (double) file.rowsRead(), styles.number(0));
      cells.number(row, 3, (double) file.rowsUsed(), styles.number(0));
      cells.number(row, 4, (double) file.rowsRejected(), styles.number(0));
    }

    r++;
    cells.text(Cells.row(sheet, r++), 0, labels.get("missing"), styles.subtitle());
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
    if (missing.isEmpty()) {
      cells.text(Cells.row(sheet, r++), 0, labels.get("noMissing"), styles.text());
    } else {
      header(
          cells,
          Cells.row(sheet, r++),
          labels.get("source"),
          labels.get("district"),
          labels.get("month"));
      for (Map.Entry<String, List<String>> e : missing.entrySet()) {
        String[] key = e.getKey().split("\t", -1);
        Row row = Cells.row(sheet, r++);
        cells.text(row, 0, key[0], styles.text());
        cells.text(row, 1, String.join(", ", e.getValue()), styles.wrapped());
        cells.text(row, 2, key[1], styles.centered());
      }
    }

    r++;
    cells.text(Cells.row(sheet, r++), 0, labels.get("rejects"), styles.subtitle());
    List<RejectSummary> rejects = new ArrayList<>(view.results().rejects());
    rejects.sort(
        (a, b) ->
            (a.source() + "\t" + a.column() + "\t" + a.reason())
                .compareTo(b.source() + "\t" + b.column() + "\t" + b.reason()));
    if (rejects.isEmpty()) {
      cells.text(Cells.row(sheet, r), 0, labels.get("noRejects"), styles.text());
    } else {
      header(
          cells,
          Cells.row(sheet, r++),
          labels.get("source"),
          labels.get("reason"),
          labels.get("rows"),
          "",
          "",
          labels.get("column"));
      for (RejectSummary reject : rejects) {
        Row row = Cells.row(sheet, r++);
        cells.text(row, 0, reject.source(), styles.text());
        cells.text(row, 1, reject.reason(), styles.wrapped());
        cells.number(row, 2, (double) reject.rows(), styles.number(0));
        cells.text(row, 5, reject.column(), styles.text());
      }
    }
    if (view.published()) {
      revisions(sheet, view, cells, r + 2);
    }
    PageSetup.apply(sheet, view, publish, 2, WIDTHS);
  }

  /**
   * Figures an earlier publication showed that this one contradicts (the data were corrected
   * since): a reader of both sees two numbers for one thing and deserves to be told. A district's
   * workbook lists its own.
   */
  private static void revisions(XSSFSheet sheet, ReportView view, Cells cells, int r) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    cells.text(Cells.row(sheet, r++), 0, labels.get("revisions"), styles.subtitle());
    List<Revision> revisions = new ArrayList<>();
    for (Revision rev : view.results().publication().revisions()) {
      if (view.unit().isWhole() || rev.unit().equals(view.unit().name())) {
        revisions.add(rev);
      }
    }
    if (revisions.isEmpty()) {
      cells.text(Cells.row(sheet, r), 0, labels.get("noRevisions"), styles.text());
      return;
    }
    header(
        cells,
        Cells.row(sheet, r++),
        labels.get("district"),
        labels.get("indicator"),
        labels.get("period"),
        labels.get("revision.publication"),
        labels.get("revision.before"),
        labels.get("revision.now"));
    for (Revision rev : revisions) {
      Row row = Cells.row(sheet, r++);
      cells.text(row, 0, rev.unit(), styles.text());
      String name =
          view.results().programme().indicator(rev.indicatorId()).map(i -> i.name()).orElse("");
      cells.text(row, 1, name, styles.wrapped());
      cells.text(row, 2, view.periodLabel(rev.period()), styles.text());
      cells.text(row, 3, rev.publication(), styles.text());
      cells.text(row, 4, rev.before(), styles.centered());
      cells.text(row, 5, rev.now(), styles.text());
    }
  }

  private static void header(Cells cells, Row row, String... texts) {
    for (int c = 0; c < texts.length; c++) {
      cells.text(row, c, texts[c], cells.styles().header());
    }
  }
}
