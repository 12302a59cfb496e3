package rbs.comments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.Location;
import rbs.Problem;
import rbs.model.Comment;
import rbs.model.Comments;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.SafeText;
import rbs.model.Status;
import rbs.model.Unit;

/**
 * Reads the comment forms units returned for a report period, strictly: a form of another
 * programme, period or unit, a form whose locked cells were changed, two forms of one unit, a form
 * holding a personnummer are refused whole; an unknown id, a formula, over-long text or an
 * assessment that is not a fulfilment word refuse the cell or row. Every refusal is a located
 * problem ({@code file:row:column: Kommentarer!H12: …}). Only cached text is read: no formula is
 * evaluated, no link followed.
 */
public final class FormReader {

  private final Programme programme;
  private final ReportPeriod period;
  private final String language;
  private final List<Problem> problems = new ArrayList<>();

  private FormReader(Programme programme, ReportPeriod period) {
    this.programme = programme;
    this.period = period;
    this.language = programme.language();
  }

  /** The forms of the programme's comments folder for this period (none without a folder). */
  public static Forms read(Programme programme, ReportPeriod period) {
    Optional<Path> folder = programme.commentsFolder(period);
    if (folder.isEmpty()) {
      return Forms.none();
    }
    return new FormReader(programme, period).folder(folder.get());
  }

  /** The forms of the period before, offered in the new forms. */
  public static Forms previous(Programme programme, ReportPeriod period) {
    return read(programme, Form.previous(period));
  }

  private Forms folder(Path folder) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.xlsx")) {
      for (Path f : dir) {
        String name = f.getFileName().toString();
        // Excel's lock file of an open form, and hidden files
        if (!name.startsWith("~$") && !name.startsWith(".") && Files.isRegularFile(f)) {
          files.add(f);
        }
      }
    } catch (NoSuchFileException e) {
      return Forms.none();
    } catch (IOException e) {
      problems.add(new Problem(Location.of(shown(folder)), "cannot list the comment forms"));
      return new Forms(Comments.none(), problems);
    }
    files.sort(null);
    Map<Unit, List<String>> formsOf = new LinkedHashMap<>();
    Map<String, List<Comment>> read = new LinkedHashMap<>();
    for (Path f : files) {
      String shown = shown(f);
      file(f, shown)
          .ifPresent(
              form -> {
                formsOf.computeIfAbsent(form.unit(), u -> new ArrayList<>()).add(shown);
                read.put(shown, form.comments());
              });
    }
    List<Comment> all = new ArrayList<>();
    for (Unit unit : programme.units()) {
      List<String> forms = formsOf.getOrDefault(unit, List.of());
      if (forms.size() > 1) {
        for (String f : forms) {
          problems.add(
              new Problem(
                  Location.of(f),
                  "one of "
                      + forms.size()
                      + " forms for "
                      + unit.name()
                      + " ("
                      + String.join(", ", forms)
                      + "): none of them is used; leave one form per unit in the folder"));
        }
      } else if (forms.size() == 1) {
        all.addAll(read.get(forms.get(0)));
      }
    }
    return new Forms(new Comments(all), problems);
  }

  /** One form read: its unit and the comments it holds. */
  private record Form1(Unit unit, List<Comment> comments) {}

  private Optional<Form1> file(Path file, String shown) {
    try {
      if (Files.size(file) > Form.MAX_BYTES) {
        problems.add(
            new Problem(
                Location.of(shown),
                "larger than " + (Form.MAX_BYTES >> 20) + " MB: not a comment form of rbs"));
        return Optional.empty();
      }
    } catch (IOException e) {
      problems.add(new Problem(Location.of(shown), "cannot be read"));
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = new XSSFWorkbook(in)) {
      return new FormFile(workbook, shown).read();
    } catch (IOException | RuntimeException e) {
      // POI fails on a broken or foreign file in many ways; none of them is the user's to read
      problems.add(
          new Problem(Location.of(shown), "cannot be opened as an xlsx comment form of rbs"));
      return Optional.empty();
    }
  }

  /** The file as users see it: relative to the programme folder when inside it. */
  private String shown(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = programme.baseDir();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }

  /** One form's checks, problems located at its cells. */
  private final class FormFile {

    private final Workbook workbook;
    private final String shown;
    private final DataFormatter formatter = new DataFormatter();
    private final List<Problem> own = new ArrayList<>();
    private boolean refused;

    FormFile(Workbook workbook, String shown) {
      this.workbook = workbook;
      this.shown = shown;
    }

    Optional<Form1> read() {
      Sheet record = workbook.getSheet(Form.RECORD);
      Sheet sheet = workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null;
      if (record == null || sheet == null || sheet == record) {
        problems.add(
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
        problems.addAll(own);
        return Optional.empty();
      }
      List<Comment> comments = new ArrayList<>();
      for (Item item : items) {
        item(sheet, item, unit.get()).ifPresent(comments::add);
      }
      problems.addAll(own);
      return refused ? Optional.empty() : Optional.of(new Form1(unit.get(), comments));
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
  }
}
