package rbs.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Status;
import rbs.model.TargetGroup;

/**
 * The first sheet, what a politician reads first: the report's title by kind ("Tertialrapport 2
 * 2014"), the vision, how many goals are met, partly met, not met and not assessable per target
 * group and for the whole programme, how to read the report (on the first page, beside the figures
 * it explains) and, in a tertial report, the full-year forecast of each flow indicator judged
 * against the annual target.
 */
final class SummarySheet {

  /** The row (0-based) of the report's title, repeated on every printed page. */
  static final int TITLE_ROW = 0;

  private static final int[] WIDTHS = {70, 11, 11, 11, 14, 24};

  private static final Status[] STATUSES = {
    Status.MET, Status.PARTLY, Status.NOT_MET, Status.NOT_ASSESSABLE
  };

  private SummarySheet() {}

  /** The report's title: "Tertialrapport 2 2014", "Årsrapport 2014". */
  static String title(ReportPeriod period, Labels labels) {
    return period.isAnnual()
        ? labels.format(Label.TITLE_ANNUAL, period.year())
        : labels.format(Label.TITLE_TERTIAL, period.lastTertial(), period.year());
  }

  static void write(XSSFWorkbook workbook, ReportView view, Cells cells, boolean publish) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    Programme programme = view.results().programme();
    XSSFSheet sheet = workbook.createSheet(labels.get(Label.SUMMARY));
    Period main = view.mainPeriod();

    Row title = Cells.row(sheet, TITLE_ROW);
    cells.text(title, 0, title(view.results().period(), labels), styles.title());
    title.setHeightInPoints(20);
    int r = 1;
    cells.text(Cells.row(sheet, r++), 0, programme.name(), styles.bold());
    Row unit = Cells.row(sheet, r++);
    cells.text(unit, 0, labels.get(Label.UNIT) + ": " + view.unit().name(), styles.text());
    Row asOf = Cells.row(sheet, r++);
    cells.text(asOf, 0, labels.get(Label.AS_OF), styles.text());
    cells.date(asOf, 1, view.results().asOf(), styles.boldDate("yyyy-mm-dd"));
    cells.text(
        Cells.row(sheet, r++),
        0,
        labels.get(publish ? Label.PUBLISHED : Label.INTERNAL),
        publish ? styles.text() : styles.warning());
    Pages pages = new Pages(sheet, WIDTHS, TITLE_ROW, TITLE_ROW, r);
    Headers headers = new Headers(sheet);

    if (!programme.vision().isBlank()) {
      r = spacer(sheet, r);
      int first = r;
      cells.text(Cells.row(sheet, r++), 0, labels.get(Label.VISION), styles.subtitle());
      r = paragraph(cells, sheet, r, programme.vision(), styles.wrapped());
      pages.keep(first, r - 1);
    }

    r = spacer(sheet, r);
    int goalsFirst = r;
    cells.text(
        Cells.row(sheet, r++),
        0,
        labels.format(Label.GOALS_TITLE, view.periodInWords(main)),
        styles.subtitle());
    int header = r;
    Row head = Cells.row(sheet, r++);
    String[] heads = {
      labels.get(Label.TARGET_GROUP),
      labels.get(Label.GOALS),
      labels.status(Status.MET),
      labels.status(Status.PARTLY),
      labels.status(Status.NOT_MET),
      labels.status(Status.NOT_ASSESSABLE)
    };
    for (int c = 0; c < heads.length; c++) {
      cells.text(head, c, heads[c], c == 0 ? styles.header() : styles.numberHeader());
    }
    head.setHeightInPoints(32);
    Map<Status, Integer> total = new EnumMap<>(Status.class);
    int goals = 0;
    for (TargetGroup group : programme.targetGroups()) {
      Map<Status, Integer> counts = counts(view, group.goals(), main);
      counts.forEach((s, n) -> total.merge(s, n, Integer::sum));
      goals += group.goals().size();
      countsRow(cells, Cells.row(sheet, r++), group.name(), group.goals().size(), counts, false);
    }
    countsRow(cells, Cells.row(sheet, r++), labels.get(Label.WHOLE_PROGRAMME), goals, total, true);
    headers.table(header, r - 1, 0, heads.length - 1);
    pages.keep(goalsFirst, r - 1);

    r = spacer(sheet, r);
    int guideFirst = r;
    cells.text(Cells.row(sheet, r++), 0, labels.get(Label.GUIDE_TITLE), styles.subtitle());
    for (String text : ReadingGuide.paragraphs(view)) {
      r = paragraph(cells, sheet, r, text, styles.wrapped());
    }
    pages.keep(guideFirst, r - 1);

    List<Indicator> flows =
        programme
            .indicators()
            .filter(i -> view.outcome(i.id(), forecast(view)).isPresent())
            .toList();
    if (!view.annual() && !flows.isEmpty()) {
      r = spacer(sheet, r);
      int first = r;
      r = forecasts(cells, view, sheet, headers, r, flows, main);
      pages.keep(first, r - 1);
    }
    if (BaselineBlock.any(view)) {
      r = spacer(sheet, r);
      int first = r;
      r = BaselineBlock.summary(cells, view, sheet, headers, r, WIDTHS);
      pages.keep(first, r - 1);
    }

    pages.apply();
    PageSetup.apply(sheet, view, publish, TITLE_ROW, 1, WIDTHS);
  }

  private static Period forecast(ReportView view) {
    return Period.forecast(view.year());
  }

  /** How many of these goals have each status for the workbook's unit and period. */
  static Map<Status, Integer> counts(ReportView view, List<Goal> goals, Period period) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : STATUSES) {
      counts.put(s, 0);
    }
    for (Goal goal : goals) {
      Status s =
          view.goal(goal.id(), period).map(GoalOutcome::status).orElse(Status.NOT_ASSESSABLE);
      counts.merge(s, 1, Integer::sum);
    }
    return counts;
  }

  private static void countsRow(
      Cells cells, Row row, String name, int goals, Map<Status, Integer> counts, boolean whole) {
    Styles styles = cells.styles();
    cells.text(row, 0, name, whole ? styles.bold() : styles.wrapped());
    cells.number(row, 1, goals, styles.number(0));
    for (int s = 0; s < STATUSES.length; s++) {
      cells.number(row, 2 + s, counts.getOrDefault(STATUSES[s], 0), styles.number(0));
    }
    row.setHeightInPoints(PageSetup.height(name, WIDTHS[0]));
  }

  /** The forecast table: year to date, forecast, annual target and the forecast's fulfilment. */
  private static int forecasts(
      Cells cells,
      ReportView view,
      XSSFSheet sheet,
      Headers headers,
      int start,
      List<Indicator> flows,
      Period main) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    Notes notes = new Notes(view);
    int r = start;
    cells.text(
        Cells.row(sheet, r++),
        0,
        labels.format(Label.FORECAST_TITLE, view.year()),
        styles.subtitle());
    int header = r;
    Row head = Cells.row(sheet, r++);
    String[] heads = {
      labels.get(Label.INDICATOR),
      labels.get(Label.OUTCOME) + " " + view.span(),
      labels.get(Label.FORECAST),
      labels.get(Label.TARGET_YEAR),
      labels.get(Label.FORECAST_JUDGED),
      labels.get(Label.NOTE)
    };
    for (int c = 0; c < heads.length; c++) {
      cells.text(head, c, heads[c], c >= 1 && c <= 3 ? styles.numberHeader() : styles.header());
    }
    head.setHeightInPoints(32);
    for (Indicator indicator : flows) {
      Row row = Cells.row(sheet, r++);
      Optional<Outcome> ytd = view.outcome(indicator.id(), main);
      Optional<Outcome> forecast = view.outcome(indicator.id(), forecast(view));
      cells.text(row, 0, indicator.name(), styles.wrapped());
      cells.outcome(row, 1, ytd, indicator);
      cells.outcome(row, 2, forecast, indicator);
      cells.target(row, 3, forecast, indicator);
      Status status = forecast.map(Outcome::status).orElse(Status.NOT_ASSESSABLE);
      cells.text(row, 4, labels.status(status), styles.status(status));
      String note = notes.whyNotAssessable(forecast).orElse("");
      cells.text(row, 5, note, styles.wrapped());
      row.setHeightInPoints(
          Math.max(
              PageSetup.height(indicator.name(), WIDTHS[0]), PageSetup.height(note, WIDTHS[5])));
    }
    headers.table(header, r - 1, 0, heads.length - 1);
    return paragraph(cells, sheet, r, labels.get(Label.FORECAST_NOTE), styles.footnote());
  }

  /** A thin empty row between blocks; returns the next row. */
  private static int spacer(XSSFSheet sheet, int r) {
    Cells.row(sheet, r).setHeightInPoints(8);
    return r + 1;
  }

  /** A text across the sheet's width, wrapped; returns the next row. */
  private static int paragraph(Cells cells, XSSFSheet sheet, int r, String text, Style s) {
    Row row = Cells.row(sheet, r);
    cells.text(row, 0, text, s);
    int width = 0;
    for (int w : WIDTHS) {
      width += w;
    }
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
    row.setHeightInPoints(PageSetup.height(text, width - 4));
    return r + 1;
  }
}
