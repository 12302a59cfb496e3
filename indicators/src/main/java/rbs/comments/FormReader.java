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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.Location;
import rbs.Problem;
import rbs.model.Comment;
import rbs.model.Comments;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
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
  private final List<Problem> problems = new ArrayList<>();

  private FormReader(Programme programme, ReportPeriod period) {
    this.programme = programme;
    this.period = period;
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

  private Optional<FormFile.Read> file(Path file, String shown) {
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
      FormFile form = new FormFile(programme, period, workbook, shown);
      Optional<FormFile.Read> read = form.read();
      problems.addAll(form.problems());
      return read;
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
}
