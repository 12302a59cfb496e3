package rbs.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.FileFormat;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.Source;

/**
 * Reads every extract a source names (CSV, xlsx, xls — each file by its own format), streaming
 * typed rows to the computation and bad rows to the rejects, and accounts for every row.
 */
public final class SourceReader implements SourceFeed {

  /** An xlsx that unpacks to more than this is refused (a zip bomb, or not an extract). */
  static final long MAX_UNPACKED_BYTES = 2L << 30;

  static final int MAX_COMPRESSION_RATIO = 200;

  private final Programme programme;
  private final DistrictNames districts;
  private final PersonIds persons;

  /**
   * @param pseudonymKey the key of this run's person pseudonyms
   */
  public SourceReader(Programme programme, byte[] pseudonymKey) {
    this.programme = programme;
    this.districts = new DistrictNames(programme.districts());
    this.persons = new PersonIds(pseudonymKey);
  }

  /** A reader with a fresh random key: pseudonyms mean nothing outside this run. */
  public static SourceReader forProgramme(Programme programme) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new SourceReader(programme, key);
  }

  @Override
  public List<InputFile> feed(Source source, RowSink rows, RejectSink rejects) {
    List<InputFile> read = new ArrayList<>();
    for (Path file : files(source)) {
      read.add(readFile(source, file, rows, rejects));
    }
    return read;
  }

  /** Problems with the source's files and headers, without reading their rows. */
  public List<Problem> checkHeaders(Source source) {
    List<Problem> problems = new ArrayList<>();
    try {
      for (Path file : files(source)) {
        try {
          table(source, file, facts(file)).read(new HeaderOnly(source, shown(file)));
        } catch (Table.Stop done) {
          // the header matched
        } catch (InputException e) {
          problems.addAll(e.problems());
        }
      }
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    return problems;
  }

  /** The files the source's path or glob matches, sorted; an error when none and not optional. */
  public List<Path> files(Source source) {
    Path base = programme.baseDir();
    String pattern = source.path().replace('\\', '/');
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    int fixed =
        pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0 && pattern.indexOf('{') < 0 ? -1 : 0;
    List<Path> found = new ArrayList<>();
    if (fixed < 0) {
      Path p = base.resolve(pattern);
      if (Files.isRegularFile(p)) {
        found.add(p);
      }
    } else {
      try (Stream<Path> all = Files.walk(base)) {
        all.filter(Files::isRegularFile)
            .filter(p -> matcher.matches(Path.of(base.relativize(p).toString().replace('\\', '/'))))
            .filter(p -> !p.getFileName().toString().startsWith("~$")) // Excel's lock files
            .sorted()
            .forEach(found::add);
      } catch (IOException e) {
        throw InputException.unavailable(
            Location.of(base.toString()), "cannot list: " + e.getMessage());
      }
    }
    if (found.isEmpty() && !source.optional()) {
      throw InputException.unavailable(
          Location.of(programme.file().toString()),
          "source '" + source.name() + "': no file matches '" + source.path() + "' in " + base);
    }
    return found;
  }

  private InputFile readFile(Source source, Path file, RowSink rows, RejectSink rejects) {
    String shown = shown(file);
    long[] counts = new long[2]; // used, rejected
    FileFacts facts = facts(file);
    Table table = table(source, file, facts);
    table.read(
        new Table.Handler() {
          RowConverter converter;

          @Override
          public void header(long rowNumber, List<String> names) {
            converter =
                new RowConverter(
                    source, shown, names, rowNumber, districts, persons, date1904(table));
          }

          @Override
          public void row(long rowNumber, Object[] cells, int size) {
            converter.convert(
                rowNumber,
                cells,
                size,
                row -> {
                  counts[0]++;
                  rows.accept(row);
                },
                reject -> {
                  counts[1]++;
                  rejects.reject(reject);
                });
          }
        });
    return new InputFile(
        source.name(), shown, facts.sha256(), counts[0] + counts[1], counts[0], counts[1]);
  }

  private static boolean date1904(Table t) {
    return t instanceof XlsxTable
        ? ((XlsxTable) t).date1904()
        : t instanceof XlsTable && ((XlsTable) t).date1904();
  }

  /** The reader for this file: by declared format or extension, checked against its content. */
  private Table table(Source source, Path file, FileFacts facts) {
    String shown = shown(file);
    Optional<FileFormat> format = source.formatOf(file.getFileName().toString());
    if (format.isEmpty()) {
      throw InputException.invalid(
          Location.of(shown),
          "unknown file type: name it .csv, .xlsx or .xls, or declare the source's format");
    }
    FileFormat f = format.get();
    if (f instanceof FileFormat.Csv) {
      if (facts.kind() == FileFacts.Kind.ZIP) {
        throw InputException.invalid(
            Location.of(shown), "is an Excel workbook (xlsx), not CSV: name it .xlsx");
      }
      if (facts.kind() == FileFacts.Kind.OLE2) {
        throw InputException.invalid(
            Location.of(shown), "is an Excel workbook (xls), not CSV: name it .xls");
      }
      FileFormat.Csv csv = (FileFormat.Csv) f;
      Charset charset =
          csv.encoding()
              .map(Charset::forName)
              .orElse(facts.utf8() ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
      return new CsvTable(
          file,
          shown,
          charset,
          facts.bom() && charset.equals(StandardCharsets.UTF_8),
          csv.delimiter(),
          source.headerRow());
    }
    if (f instanceof FileFormat.Xlsx) {
      FileFormat.Xlsx x = (FileFormat.Xlsx) f;
      if (facts.kind() == FileFacts.Kind.OLE2) {
        throw InputException.invalid(
            Location.of(shown),
            "is not an xlsx workbook: a password-protected workbook or an old .xls (remove the password, or save as .xlsx)");
      }
      if (facts.kind() != FileFacts.Kind.ZIP) {
        throw InputException.invalid(
            Location.of(shown), "is not an xlsx workbook (it is text; name it .csv?)");
      }
      checkZip(file, shown);
      return new XlsxTable(
          new SheetRef(file, shown, x.sheetName(), x.sheetIndex(), source.headerRow()));
    }
    FileFormat.Xls x = (FileFormat.Xls) f;
    if (facts.kind() == FileFacts.Kind.ZIP) {
      checkZip(file, shown);
      return new XlsxTable(
          new SheetRef(file, shown, x.sheetName(), x.sheetIndex(), source.headerRow()));
    }
    if (facts.kind() != FileFacts.Kind.OLE2) {
      throw InputException.invalid(
          Location.of(shown), "is not an xls workbook (it is text; name it .csv?)");
    }
    return new XlsTable(
        new SheetRef(file, shown, x.sheetName(), x.sheetIndex(), source.headerRow()));
  }

  /** Refuses truncated zips and zip bombs before any XML is parsed. */
  private static void checkZip(Path file, String shown) {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        long size = e.getSize();
        long packed = Math.max(1, e.getCompressedSize());
        if (size > 0 && size / packed > MAX_COMPRESSION_RATIO && size > (1 << 20)) {
          throw InputException.invalid(
              Location.of(shown),
              "refused: part '"
                  + e.getName()
                  + "' unpacks "
                  + (size / packed)
                  + " times larger (a zip bomb?)");
        }
        total += Math.max(0, size);
      }
    } catch (IOException e) {
      throw InputException.invalid(
          Location.of(shown),
          "not a complete xlsx workbook (damaged or truncated?): " + e.getMessage());
    }
    if (total > MAX_UNPACKED_BYTES) {
      throw InputException.invalid(Location.of(shown), "refused: unpacks to more than 2 GB");
    }
  }

  private static FileFacts facts(Path file) {
    try {
      return FileFacts.of(file);
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(file.toString()), "cannot read: " + e.getMessage());
    }
  }

  /** The file as shown to users: relative to the programme's folder, with '/'. */
  private String shown(Path file) {
    Path base = programme.baseDir();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(base)
        ? base.relativize(abs).toString().replace('\\', '/')
        : file.toString();
  }

  /** Stops reading a table after its header, for header checks. */
  private final class HeaderOnly implements Table.Handler {
    private final Source source;
    private final String shown;

    HeaderOnly(Source source, String shown) {
      this.source = source;
      this.shown = shown;
    }

    @Override
    public void header(long rowNumber, List<String> names) {
      new RowConverter(source, shown, names, rowNumber, districts, persons, false);
      throw new Table.Stop();
    }

    @Override
    public void row(long rowNumber, Object[] cells, int size) {}
  }
}
