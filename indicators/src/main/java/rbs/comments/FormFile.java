package rbs.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import rbs.Location;
import rbs.Problem;
import rbs.model.Comment;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.SafeText;
import rbs.model.Status;
import rbs.model.Unit;

/**
 * One returned form's checks, each problem located at its cell: the hidden record against the
 * programme, the period and its digest, every locked cell against the record, then the open cells.
 */
final class FormFile {

  /** One form read: its unit and the comments it holds. */
  record Read(Unit unit, List<Comment> comments) {}

  private final Programme programme;
  private final ReportPeriod period;
  private final String language;

  private final Workbook workbook;
  private final String shown;
  private final DataFormatter formatter = new DataFormatter();
  private final List<Problem> own = new ArrayList<>();
  private boolean refused;

  FormFile(Programme programme, ReportPeriod period, Workbook workbook, String shown) {
    this.programme = programme;
    this.period = period;
    this.language = programme.language();
    this.workbook = workbook;
    this.shown = shown;
  }

  /** The form's comments, or empty when it is refused; its problems in {@link #problems()}. */
  Optional<Read> read() {
    Sheet record = workbook.getSheet(Form.RECORD);
    Sheet sheet = workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null;
    if (record == null || sheet == null || sheet == record) {
      own.add(
          new Problem(
              Location.of(shown),
              "not a comment form of rbs (write one with: rbs comments PROGRAMME --period "
                  + period
                  + ")"));
      return Optional.empty();
    }
    List<String> recorded = new ArrayList<>();
    String programmeId = meta(record, Form.RECORD_PROGRAMME, recorded);
    String formPeriod = meta(record, Form.RECORD_PERIOD, recorded);
    String unitName = meta(record, Form.RECORD_UNIT, recorded);
    if (!programmeId.equals(programme.id())) {
      refuse(
          record,
          Form.RECORD_PROGRAMME,
          1,
          "a form of another programme ('" + programmeId + "', not '" + programme.id() + "')");
    }
    if (!formPeriod.equals(period.toString())) {
      refuse(
          record,
          Form.RECORD_PERIOD,
          1,
          "a form for "
              + formPeriod
              + ", not for "
              + period
              + ": put it in the folder of its period");
    }
    Optional<Unit> unit =
        programme.units().stream().filter(u -> u.name().equals(unitName)).findFirst();
    if (unit.isEmpty()) {
      refuse(
          record,
          Form.RECORD_UNIT,
          1,
          "a form for '"
              + unitName
              + "', which is no district of the programme and not "
              + programme.municipality());
    }
    List<Item> items = items(record, recorded);
    String digest = text(record.getRow(Form.RECORD_ITEMS + items.size()), 1);
    if (!digest.equals(Form.digest(recorded))) {
      refuse(
          record,
          Form.RECORD_ITEMS + items.size(),
          1,
          "the form's hidden record was changed: write a new form with rbs comments");
    }
    if (refused) {
      return Optional.empty();
    }
    List<Comment> comments = new ArrayList<>();
    for (Item item : items) {
      item(sheet, item, unit.get()).ifPresent(comments::add);
    }
    return refused ? Optional.empty() : Optional.of(new Read(unit.get(), comments));
  }

  /** A goal or indicator row, as recorded when the form was written. */
  private record Item(int row, String id, String kind, boolean assess, List<String> locked) {}

  private List<Item> items(Sheet record, List<String> recorded) {
    List<Item> items = new ArrayList<>();
    for (int r = Form.RECORD_ITEMS; r <= record.getLastRowNum(); r++) {
      Row row = record.getRow(r);
      if (row == null
          || row.getCell(0) == null
          || row.getCell(0).getCellType() != CellType.NUMERIC) {
        break;
      }
      int formRow = (int) row.getCell(0).getNumericCellValue();
      String id = text(row, 1);
      String kind = text(row, 2);
      boolean assess =
          row.getCell(3) != null
              && row.getCell(3).getCellType() == CellType.BOOLEAN
              && row.getCell(3).getBooleanCellValue();
      recorded.add(Integer.toString(formRow));
      recorded.add(id);
      recorded.add(kind);
      recorded.add(Boolean.toString(assess));
      List<String> locked = new ArrayList<>();
      for (int c = 0; c < Form.LOCKED.size(); c++) {
        String key = text(row, 4 + c);
        locked.add(key);
        recorded.add(key);
      }
      items.add(new Item(formRow, id, kind, assess, locked));
    }
    return items;
  }

  private Optional<Comment> item(Sheet sheet, Item item, Unit unit) {
    Row row = sheet.getRow(item.row() - 1);
    for (int c = 0; c < Form.LOCKED.size(); c++) {
      int col = Form.LOCKED.get(c);
      Cell cell = row == null ? null : row.getCell(col);
      if (!Form.key(cell).equals(item.locked().get(c))) {
        refuse(
            sheet,
            item.row() - 1,
            col,
            "a locked cell was changed (it holds what rbs wrote): the form is not used;"
                + " write the analysis in the open cells of a new form");
        return Optional.empty();
      }
    }
    if (!item.assess() && !blank(row == null ? null : row.getCell(Form.COL_ASSESSMENT))) {
      refuse(
          sheet,
          item.row() - 1,
          Form.COL_ASSESSMENT,
          "a locked cell was changed (an own assessment is asked only for a goal that cannot"
              + " be judged): the form is not used");
      return Optional.empty();
    }
    boolean known =
        item.kind().equals(Form.GOAL)
            ? programme.goals().anyMatch(g -> g.id().equals(item.id()))
            : programme.indicator(item.id()).isPresent();
    if (!known) {
      warn(
          sheet,
          item.row() - 1,
          Form.COL_ID,
          "unknown "
              + item.kind()
              + " id '"
              + item.id()
              + "' (the programme has changed since the form was written): its text is not used");
      return Optional.empty();
    }
    String analysis = open(sheet, row, Form.COL_ANALYSIS);
    String actions = open(sheet, row, Form.COL_ACTIONS);
    Optional<Status> assessment = Optional.empty();
    if (item.assess()) {
      String word = open(sheet, row, Form.COL_ASSESSMENT).strip();
      if (!word.isEmpty()) {
        assessment = status(word);
        if (assessment.isEmpty()) {
          warn(
              sheet,
              item.row() - 1,
              Form.COL_ASSESSMENT,
              "an own assessment must be one of "
                  + FormText.STATUS_MET.in(language)
                  + ", "
                  + FormText.STATUS_PARTLY.in(language)
                  + " or "
                  + FormText.STATUS_NOT_MET.in(language)
                  + ": it is not used");
        }
      }
    }
    Comment comment = new Comment(unit, item.id(), analysis, actions, assessment);
    return comment.isEmpty() ? Optional.empty() : Optional.of(comment);
  }

  /** An open cell's text: cached text only; a formula, an error or over-long text is refused. */
  private String open(Sheet sheet, Row row, int col) {
    Cell cell = row == null ? null : row.getCell(col);
    if (cell == null) {
      return "";
    }
    int r = row.getRowNum();
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      warn(sheet, r, col, "a formula: write the text itself (formulas are not evaluated)");
      return "";
    }
    if (type == CellType.ERROR) {
      warn(sheet, r, col, "an error value: write text");
      return "";
    }
    String text =
        type == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
    text = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (SafeText.holdsIdentifier(text)) {
      // never echoed: the cell is named, the number is not
      refuse(
          sheet,
          r,
          col,
          "holds a personnummer or samordningsnummer: the form is not used; remove it and"
              + " return the form again");
      return "";
    }
    if (text.length() > Form.MAX_TEXT) {
      warn(
          sheet,
          r,
          col,
          text.length()
              + " characters, more than the "
              + Form.MAX_TEXT
              + " a cell may hold: shorten it (the text is not used)");
      return "";
    }
    return text;
  }

  private Optional<Status> status(String word) {
    for (Status s : List.of(Status.MET, Status.PARTLY, Status.NOT_MET)) {
      if (FormText.status(s, language).equalsIgnoreCase(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private boolean blank(Cell cell) {
    return cell == null
        || Form.key(cell).isEmpty()
        || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty());
  }

  private String meta(Sheet record, int r, List<String> recorded) {
    String value = text(record.getRow(r), 1);
    recorded.add(value);
    return value;
  }

  private String text(Row row, int col) {
    Cell cell = row == null ? null : row.getCell(col);
    return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
  }

  /** The form is not used. */
  private void refuse(Sheet sheet, int row, int col, String message) {
    refused = true;
    warn(sheet, row, col, message);
  }

  private void warn(Sheet sheet, int row, int col, String message) {
    own.add(
        new Problem(
            Location.of(shown, row + 1, col + 1),
            Form.cellName(sheet.getSheetName(), row, col) + ": " + message));
  }

  /** What was wrong with the form, located. */
  List<Problem> problems() {
    return List.copyOf(own);
  }
}
