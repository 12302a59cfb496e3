package rbs.comments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Comment;
import rbs.model.Comments;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.SafeText;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Unit;

/**
 * Writes one unit's comment form for a report period: every goal and indicator with its figures
 * locked, open cells for the unit's analysis and actions, and for a goal that cannot be judged from
 * its indicators a list of fulfilment words. The figures are internal (small counts shown), and the
 * form says so.
 */
public final class FormWriter {

  /**
   * Protects the sheets against slips, not against intent: the reader compares every locked cell
   * with what was written, so the password need not be secret.
   */
  private static final String PROTECTION = "rbs";

  private final Results results;
  private final Unit unit;
  private final String language;
  private final Period main;
  private final Workbook workbook = new XSSFWorkbook();
  private final Sheet sheet;
  private final Sheet record;
  private final List<String> recorded = new ArrayList<>();
  private final CellStyle locked;
  private final CellStyle lockedWrapped;
  private final CellStyle heading;
  private final CellStyle title;
  private final CellStyle centred;
  private final Map<String, CellStyle> numbers = new HashMap<>();
  private final CellStyle open;
  private final CellStyle header;
  private int recordRow = Form.RECORD_ITEMS;

  private FormWriter(Results results, Unit unit) {
    this.results = results;
    this.unit = unit;
    this.language = results.programme().language();
    this.main = Form.mainPeriod(results);
    this.sheet = workbook.createSheet(FormText.SHEET.in(language));
    this.record = workbook.createSheet(Form.RECORD);
    this.locked = style(false, false);
    this.lockedWrapped = style(false, true);
    this.centred = style(false, false);
    centred.setAlignment(HorizontalAlignment.CENTER);
    this.heading = style(false, true);
    Font bold = workbook.createFont();
    bold.setBold(true);
    heading.setFont(bold);
    // titles run over the empty cells to their right
    this.title = style(false, false);
    this.title.setFont(bold);
    this.header = style(false, true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    this.open = style(true, true);
    open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    open.setBorderBottom(BorderStyle.THIN);
    open.setBorderTop(BorderStyle.THIN);
    open.setBorderLeft(BorderStyle.THIN);
    open.setBorderRight(BorderStyle.THIN);
  }

  /** The form's file name: {@code kvinnofrid-2014-T2-sodermalm-kommentarer.xlsx}. */
  public static String fileName(Results results, Unit unit) {
    return Form.fileName(results, unit);
  }

  /**
   * Writes the form to a temporary file beside {@code file} and renames it.
   *
   * @param previous the comments of the previous period, offered in the open cells
   * @param folder the folder the units return forms to, as the programme names it
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(
      Results results, Unit unit, Comments previous, String folder, Path file) {
    FormWriter writer = new FormWriter(results, unit);
    writer.fill(previous, folder);
    writer.save(file);
  }

  private void fill(Comments previous, String folder) {
    Cell t = row(0).createCell(Form.COL_ITEM);
    t.setCellValue(SafeText.mask(FormText.TITLE.format(language, results.programme().name())));
    t.setCellStyle(title);
    info(1, FormText.UNIT.in(language), unit.name());
    info(2, FormText.PERIOD.in(language), results.period().toString());
    Cell internal = row(3).createCell(Form.COL_ITEM);
    internal.setCellValue(FormText.INTERNAL.in(language));
    internal.setCellStyle(title);
    Row instructions = row(4);
    Cell i = instructions.createCell(Form.COL_ITEM);
    i.setCellValue(SafeText.mask(FormText.INSTRUCTIONS.format(language, Form.MAX_TEXT, folder)));
    i.setCellStyle(lockedWrapped);
    instructions.setHeightInPoints(48);
    sheet.addMergedRegion(new CellRangeAddress(4, 4, Form.COL_ITEM, Form.COL_ACTIONS));
    boolean offered = previous.all().stream().anyMatch(c -> c.unit().equals(unit));
    if (offered) {
      Cell p = row(5).createCell(Form.COL_ITEM);
      p.setCellValue(FormText.PREVIOUS.format(language, Form.previous(results.period())));
      p.setCellStyle(lockedWrapped);
    }
    Row head = row(Form.HEADER_ROW);
    String[] heads = {
      FormText.ID.in(language),
      FormText.ITEM.in(language),
      FormText.OUTCOME.format(language, results.period().year()),
      FormText.LAST_YEAR.in(language),
      FormText.TARGET.in(language),
      FormText.FULFILMENT.in(language),
      FormText.ASSESSMENT.in(language),
      FormText.ANALYSIS.in(language),
      FormText.ACTIONS.in(language)
    };
    for (int c = 0; c < heads.length; c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(header);
    }
    head.setHeightInPoints(30);

    recorded.add(results.programme().id());
    recorded.add(results.period().toString());
    recorded.add(unit.name());
    recordMeta(Form.RECORD_PROGRAMME, "programme", results.programme().id());
    recordMeta(Form.RECORD_PERIOD, "period", results.period().toString());
    recordMeta(Form.RECORD_UNIT, "unit", unit.name());

    int r = Form.HEADER_ROW + 1;
    for (TargetGroup group : results.programme().targetGroups()) {
      Row g = row(r++);
      Cell name = g.createCell(Form.COL_ITEM);
      name.setCellValue(SafeText.mask(group.name()));
      name.setCellStyle(title);
      for (Goal goal : group.goals()) {
        goalRow(row(r++), goal, previous.of(unit, goal.id()));
        for (Indicator indicator : goal.indicators()) {
          indicatorRow(row(r++), indicator, previous.of(unit, indicator.id()));
        }
      }
    }
    Row digest = record.createRow(recordRow);
    digest.createCell(0).setCellValue("sha256");
    digest.createCell(1).setCellValue(Form.digest(recorded));

    for (int c = 0; c < Form.WIDTHS.length; c++) {
      sheet.setColumnWidth(c, Form.WIDTHS[c] * 256);
    }
    // the ids are for the reader, not for people; the hidden column is locked like the others
    sheet.setColumnHidden(Form.COL_ID, true);
    sheet.createFreezePane(0, Form.HEADER_ROW + 1);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(
        CellRangeAddress.valueOf((Form.HEADER_ROW + 1) + ":" + (Form.HEADER_ROW + 1)));
    sheet.protectSheet(PROTECTION);
    if (sheet instanceof org.apache.poi.xssf.usermodel.XSSFSheet x) {
      // a unit may widen a column or heighten a row to read its text
      x.lockFormatColumns(false);
      x.lockFormatRows(false);
    }
    record.protectSheet(PROTECTION);
    workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
    if (workbook instanceof XSSFWorkbook x) {
      x.lockStructure();
    }
    workbook.setActiveSheet(0);
  }

  private void goalRow(Row row, Goal goal, Optional<Comment> earlier) {
    Status status =
        results.goals().stream()
            .filter(g -> g.goalId().equals(goal.id()) && g.unit().equals(unit))
            .filter(g -> g.period().equals(main))
            .map(GoalOutcome::status)
            .findFirst()
            .orElse(Status.NOT_ASSESSABLE);
    text(row, Form.COL_ID, goal.id(), locked);
    text(row, Form.COL_ITEM, goal.text(), heading);
    text(row, Form.COL_FULFILMENT, FormText.status(status, language), centred);
    boolean assess = status == Status.NOT_ASSESSABLE;
    if (assess) {
      Cell a = row.createCell(Form.COL_ASSESSMENT);
      a.setCellStyle(open);
      FormValidations.assessment(sheet, language, row.getRowNum());
    }
    openCells(row, earlier);
    row.setHeightInPoints(height(goal.text(), earlier));
    record(row, goal.id(), Form.GOAL, assess);
  }

  private void indicatorRow(Row row, Indicator indicator, Optional<Comment> earlier) {
    Optional<Outcome> now = outcome(indicator, main);
    text(row, Form.COL_ID, indicator.id(), locked);
    text(row, Form.COL_ITEM, indicator.name(), lockedWrapped);
    figure(row, Form.COL_OUTCOME, indicator, now, now.flatMap(Outcome::value));
    Optional<Outcome> before = outcome(indicator, main.previousYear());
    figure(row, Form.COL_LAST_YEAR, indicator, before, before.flatMap(Outcome::value));
    Optional<BigDecimal> target = now.flatMap(Outcome::target);
    if (target.isPresent()) {
      number(row, Form.COL_TARGET, indicator, target.get());
    }
    Status status = now.map(Outcome::status).orElse(Status.NOT_ASSESSABLE);
    text(row, Form.COL_FULFILMENT, FormText.status(status, language), centred);
    openCells(row, earlier);
    row.setHeightInPoints(height(indicator.name(), earlier));
    record(row, indicator.id(), Form.INDICATOR, false);
  }

  private void openCells(Row row, Optional<Comment> earlier) {
    Cell analysis = row.createCell(Form.COL_ANALYSIS);
    analysis.setCellStyle(open);
    Cell actions = row.createCell(Form.COL_ACTIONS);
    actions.setCellStyle(open);
    earlier.ifPresent(
        c -> {
          if (!c.analysis().isEmpty()) {
            analysis.setCellValue(SafeText.mask(c.analysis()));
          }
          if (!c.actions().isEmpty()) {
            actions.setCellValue(SafeText.mask(c.actions()));
          }
        });
    FormValidations.textLength(sheet, language, row.getRowNum());
  }

  /** A row tall enough for its name and for last period's text in the open cells. */
  private static float height(String name, Optional<Comment> earlier) {
    int lines = lines(name, Form.WIDTHS[Form.COL_ITEM]);
    if (earlier.isPresent()) {
      lines = Math.max(lines, lines(earlier.get().analysis(), Form.WIDTHS[Form.COL_ANALYSIS]));
      lines = Math.max(lines, lines(earlier.get().actions(), Form.WIDTHS[Form.COL_ACTIONS]));
    }
    return Math.min(409, Math.max(2, lines) * 15f);
  }

  private static int lines(String text, int width) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / width));
    }
    return lines;
  }

  private Optional<Outcome> outcome(Indicator indicator, Period period) {
    return results.outcomes().stream()
        .filter(o -> o.indicatorId().equals(indicator.id()) && o.unit().equals(unit))
        .filter(o -> o.period().equals(period))
        .findFirst();
  }

  private void figure(
      Row row, int col, Indicator indicator, Optional<Outcome> o, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      number(row, col, indicator, value.get());
    } else {
      boolean withheld = o.map(x -> x.flag() == rbs.model.Flag.WITHHELD).orElse(false);
      text(row, col, (withheld ? FormText.WITHHELD : FormText.MISSING).in(language), locked);
    }
  }

  private void number(Row row, int col, Indicator indicator, BigDecimal value) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value.doubleValue());
    String digits =
        indicator.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(indicator.decimals());
    String format = indicator.isShare() ? digits + "\" %\"" : digits;
    cell.setCellStyle(
        numbers.computeIfAbsent(
            format,
            f -> {
              CellStyle style = workbook.createCellStyle();
              style.cloneStyleFrom(locked);
              style.setDataFormat(workbook.createDataFormat().getFormat(f));
              return style;
            }));
  }

  private static void text(Row row, int col, String text, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(SafeText.mask(text));
    cell.setCellStyle(style);
  }

  private void info(int r, String label, String value) {
    Row row = row(r);
    text(row, Form.COL_ITEM, label + ": " + value, title);
  }

  /** Copies the row's locked cells into the hidden record. */
  private void record(Row row, String id, String kind, boolean assess) {
    Row copy = record.createRow(recordRow++);
    copy.createCell(0).setCellValue(row.getRowNum() + 1);
    copy.createCell(1).setCellValue(id);
    copy.createCell(2).setCellValue(kind);
    copy.createCell(3).setCellValue(assess);
    recorded.add(Integer.toString(row.getRowNum() + 1));
    recorded.add(id);
    recorded.add(kind);
    recorded.add(Boolean.toString(assess));
    int c = 4;
    for (int col : Form.LOCKED) {
      String key = Form.key(row.getCell(col));
      copy.createCell(c++).setCellValue(key);
      recorded.add(key);
    }
  }

  private void recordMeta(int r, String key, String value) {
    Row row = record.createRow(r);
    row.createCell(0).setCellValue(key);
    row.createCell(1).setCellValue(value);
  }

  private CellStyle style(boolean unlocked, boolean wrap) {
    CellStyle s = workbook.createCellStyle();
    s.setLocked(!unlocked);
    s.setWrapText(wrap);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private Row row(int r) {
    Row row = sheet.getRow(r);
    return row == null ? sheet.createRow(r) : row;
  }

  private void save(Path file) {
    Path target = file.toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        workbook.write(out);
      } finally {
        workbook.close();
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
