package rbs.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.FileFormat;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.Source;
import rbs.rows.RejectSink;
import rbs.rows.RowSink;
import rbs.rows.SourceFeed;

/**
 * Reads the extracts of a programme's sources (CSV, xlsx, xls), streaming one typed row at a time
 * to the computation and every bad row to the rejects, with person identifiers replaced by keyed
 * pseudonyms.
 */
public final class SourceReader implements SourceFeed {

  private static final int KEY_BYTES = 32;

  private final Programme programme;
  private final byte[] key;
  private final DistrictNames districts;

  /**
   * A reader whose pseudonyms use this key: the same key gives the same pseudonyms (for tests);
   * production uses {@link #forProgramme}.
   */
  public SourceReader(Programme programme, byte[] key) {
    this.programme = programme;
    this.key = key.clone();
    if (this.key.length == 0) {
      throw new IllegalArgumentException("the pseudonym key must not be empty");
    }
    this.districts = new DistrictNames(programme.districts());
  }

  /** A reader with a fresh random key, so pseudonyms mean nothing outside this run. */
  public static SourceReader forProgramme(Programme programme) {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new SourceReader(programme, key);
  }

  @Override
  public List<InputFile> feed(Source source, RowSink rows, RejectSink rejects) {
    List<Path> files = files(source);
    if (files.isEmpty() && !source.optional()) {
      throw noFiles(source);
    }
    PersonIds persons = new PersonIds(key);
    List<InputFile> read = new ArrayList<>();
    for (Path file : files) {
      read.add(readFile(source, file, persons, rows, rejects));
    }
    return read;
  }

  /**
   * The problems `rbs validate` reports before reading data: the source's files exist and each
   * header row has every required column.
   */
  public List<Problem> checkHeaders(Source source) {
    List<Path> files = files(source);
    List<Problem> problems = new ArrayList<>();
    if (files.isEmpty() && !source.optional()) {
      problems.addAll(noFiles(source).problems());
    }
    for (Path file : files) {
      String shown = shown(file);
      try (Table table = open(source, file, shown, new Digest())) {
        problems.addAll(
            Headers.check(source, table.header(), shown, table.headerRow(), table::columnLabel));
      } catch (InputException e) {
        problems.addAll(e.problems());
      } catch (IOException | UncheckedIOException e) {
        problems.addAll(cannotRead(shown, e).problems());
      }
    }
    return problems;
  }

  private InputFile readFile(
      Source source, Path file, PersonIds persons, RowSink rows, RejectSink rejects) {
    String shown = shown(file);
    Snapshot before = Snapshot.of(file, shown);
    try {
      InputFile read = readTable(source, file, shown, persons, rows, rejects);
      before.checkUnchanged(file);
      return read;
    } catch (InputException e) {
      // a file cut short while read looks broken; say what really happened
      before.checkUnchanged(file);
      throw e;
    }
  }

  private InputFile readTable(
      Source source, Path file, String shown, PersonIds persons, RowSink rows, RejectSink rejects) {
    Digest digest = new Digest();
    long used = 0;
    long rejected = 0;
    try (Table table = open(source, file, shown, digest)) {
      List<String> header = table.header();
      Headers headers = Headers.match(source, header, shown, table.headerRow(), table::columnLabel);
      RowMaker maker =
          new RowMaker(
              source, shown, headers, districts, !programme.districts().isEmpty(), persons);
      boolean date1904 = table.date1904();
      // the districts whose rows the file holds: a district's workbook lists its own files
      java.util.BitSet seen = new java.util.BitSet();
      RowSink tracked =
          row -> {
            if (row.district() >= 0) {
              seen.set(row.district());
            }
            rows.accept(row);
          };
      while (table.next()) {
        if (maker.make(table, date1904, tracked, rejects)) {
          used++;
        } else {
          rejected++;
        }
      }
      String sha = table instanceof CsvTable csvTable ? csvTable.sha256() : Digest.of(file);
      List<String> names = new ArrayList<>();
      seen.stream().forEach(i -> names.add(programme.districts().get(i).name()));
      return new InputFile(source.name(), shown, sha, used + rejected, used, rejected, names);
    } catch (NoSuchFileException e) {
      throw InputException.unavailable(Location.of(shown), "file not found");
    } catch (IOException | UncheckedIOException e) {
      throw cannotRead(shown, e);
    }
  }

  /** A file that could not be read, with the reason in words. */
  private static InputException cannotRead(String shown, Exception e) {
    IOException io =
        e instanceof UncheckedIOException uncheckedIOException
            ? uncheckedIOException.getCause()
            : (IOException) e;
    return InputException.unavailable(
        Location.of(shown), "cannot be read: " + InputException.reason(io));
  }

  private Table open(Source source, Path file, String shown, Digest digest) throws IOException {
    FileFormat format =
        source
            .formatOf(file.getFileName().toString())
            .orElseThrow(
                () ->
                    InputException.invalid(
                        Location.of(shown),
                        "unknown file type: name it .csv, .xlsx or .xls, or declare the source's"
                            + " format"));
    if (format instanceof FileFormat.Csv csv) {
      return CsvTable.open(file, shown, csv, source.headerRow(), digest);
    }
    if (format instanceof FileFormat.Xlsx x) {
      return XlsxTable.open(file, shown, x.sheetName(), x.sheetIndex(), source.headerRow());
    }
    FileFormat.Xls x = (FileFormat.Xls) format;
    return XlsTable.open(file, shown, x.sheetName(), x.sheetIndex(), source.headerRow());
  }

  /**
   * The files the source's path matches (relative to the programme folder, symbolic links
   * followed), sorted as shown.
   */
  List<Path> files(Source source) {
    try {
      List<Path> files = new ArrayList<>(SourceFiles.matching(programme.baseDir(), source.path()));
      files.sort(Comparator.comparing(this::shown));
      return files;
    } catch (IOException | UncheckedIOException e) {
      IOException io =
          e instanceof UncheckedIOException uncheckedIOException
              ? uncheckedIOException.getCause()
              : (IOException) e;
      throw InputException.unavailable(
          Location.of(source.path()),
          "cannot list the files of source '" + source.name() + "'",
          io);
    }
  }

  /** The file as users see it: relative to the programme folder when inside it. */
  private String shown(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = programme.baseDir();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  private InputException noFiles(Source source) {
    return InputException.unavailable(
        Location.of(programme.file().getFileName().toString()),
        "source '"
            + source.name()
            + "': no file matches '"
            + source.path()
            + "' (in "
            + programme.baseDir()
            + ")");
  }
}
