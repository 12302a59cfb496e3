package rbs.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import rbs.InputException;
import rbs.Location;
import rbs.Parallelism;
import rbs.Problem;
import rbs.model.FileFormat;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.SheetSelection;
import rbs.model.Source;
import rbs.rows.RejectSink;
import rbs.rows.Row;
import rbs.rows.RowSink;
import rbs.rows.SourceFeed;

/**
 * Reads the extracts of a programme's sources (CSV, xlsx, xls), streaming one typed row at a time
 * to the computation and every bad row to the rejects, with person identifiers replaced by keyed
 * pseudonyms. A source's files are read on several threads when it has several, their rows handed
 * on in file order ({@link OrderedFiles}), so the sinks see what reading them one by one gives.
 */
public final class SourceReader implements SourceFeed {

  private static final int KEY_BYTES = 32;

  private final Programme programme;
  private final PersonIds persons;
  private final DistrictNames districts;
  private final OrderedFiles reading;

  /**
   * A reader whose pseudonyms use this key, reading one file at a time: the same key gives the same
   * pseudonyms (for tests); production uses {@link #forProgramme}.
   */
  public SourceReader(Programme programme, byte[] key) {
    this(programme, key, 1);
  }

  /**
   * A reader whose pseudonyms use this key, reading up to {@code threads} files of a source at the
   * same time.
   */
  public SourceReader(Programme programme, byte[] key, int threads) {
    this.programme = programme;
    this.persons = new PersonIds(key);
    this.districts = new DistrictNames(programme.districts());
    this.reading = new OrderedFiles(threads);
  }

  /**
   * A reader with a fresh random key, so pseudonyms mean nothing outside this run, reading as many
   * files at a time as {@link Parallelism#threads()} allows.
   */
  public static SourceReader forProgramme(Programme programme) {
    return forProgramme(programme, Parallelism.threads());
  }

  /** A reader with a fresh random key reading up to {@code threads} files at a time. */
  public static SourceReader forProgramme(Programme programme, int threads) {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new SourceReader(programme, key, threads);
  }

  /**
   * The bytes of every file the programme's sources name, for a caller sizing the work before it
   * starts (the files are not opened). A source whose files cannot be listed counts nothing here;
   * reading it reports why.
   */
  public static long inputBytes(Programme programme) {
    long bytes = 0;
    for (Source source : programme.sources()) {
      try {
        for (Path file : SourceFiles.matching(programme.baseDir(), source.path())) {
          bytes += java.nio.file.Files.size(file);
        }
      } catch (IOException | UncheckedIOException e) {
        // counted as nothing: the run that reads the source says what is wrong with it
      }
    }
    return bytes;
  }

  @Override
  public List<InputFile> feed(Source source, RowSink rows, RejectSink rejects) {
    List<Path> files = filesToRead(source);
    return reading.read(files.size(), reader(source, files), rows, rejects);
  }

  @Override
  public List<InputFile> feedEach(Source source, Supplier<RowSink> sinks, RejectSink rejects) {
    List<Path> files = filesToRead(source);
    return reading.readEach(files.size(), reader(source, files), sinks, rejects);
  }

  /** The source's files; none is an error unless the source is optional. */
  private List<Path> filesToRead(Source source) {
    List<Path> files = files(source);
    if (files.isEmpty() && !source.optional()) {
      throw noFiles(source);
    }
    return files;
  }

  /** Reads file i of the files into the sinks it is given. */
  private OrderedFiles.FileReader reader(Source source, List<Path> files) {
    return (i, fileRows, fileRejects) ->
        readFile(source, files.get(i), persons, fileRows, fileRejects);
  }

  @Override
  public int readers() {
    return reading.threads();
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
      try {
        for (Part part : parts(source, file, shown)) {
          try (Table table = open(source, file, part, new Digest())) {
            HeaderSearch search = table.header(Headers.scan(source));
            if (!part.skipEmpty() || !search.cells().isEmpty()) {
              problems.addAll(Headers.check(source, search, part.shown(), table::columnLabel));
            }
          }
        }
      } catch (InputException e) {
        problems.addAll(e.problems());
      } catch (IOException | UncheckedIOException e) {
        problems.addAll(cannotRead(shown, e).problems());
      }
    }
    return problems;
  }

  /**
   * One sheet (or the text) of a file as read: its name in locations ({@code file[sheet]} when a
   * source reads several sheets), the sheet, and whether an empty one is passed over.
   */
  private record Part(
      String shown, Optional<String> sheetName, int sheetIndex, boolean skipEmpty) {}

  /** The sheets of the file the source reads (one part for CSV). */
  private static List<Part> parts(Source source, Path file, String shown) throws IOException {
    Optional<FileFormat> format = source.formatOf(file.getFileName().toString());
    SheetSelection sheets;
    if (format.isPresent() && format.get() instanceof FileFormat.Xlsx x) {
      sheets = x.sheets();
    } else if (format.isPresent() && format.get() instanceof FileFormat.Xls x) {
      sheets = x.sheets();
    } else {
      return List.of(new Part(shown, Optional.empty(), 1, false));
    }
    if (sheets instanceof SheetSelection.Position p) {
      return List.of(new Part(shown, Optional.empty(), p.index(), false));
    }
    boolean every = sheets instanceof SheetSelection.Every;
    List<String> names =
        every
            ? format.get() instanceof FileFormat.Xlsx
                ? XlsxTable.sheetNames(file, shown)
                : XlsTable.sheetNames(file, shown)
            : ((SheetSelection.Names) sheets).names();
    List<Part> parts = new ArrayList<>();
    for (String name : names) {
      String where = sheets.several() ? shown + "[" + name + "]" : shown;
      parts.add(new Part(where, Optional.of(name), 1, every));
    }
    return parts;
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
    long[] counts = new long[2]; // used, rejected
    List<String> totals = new ArrayList<>();
    // the districts whose rows the file holds: a district's workbook lists its own files
    // (flags, not a BitSet: its growing on a file's first row sent the compiled reading loop back
    // to be compiled again at each file after the first)
    boolean[] seen = new boolean[programme.districts().size()];
    // a row the sink does not want was checked and is counted as used, but goes no further
    RowSink tracked =
        new RowSink() {
          @Override
          public void accept(Row row) {
            if (row.district() >= 0) {
              seen[row.district()] = true;
            }
            if (rows.wants(row.date())) {
              rows.accept(row);
            }
          }

          @Override
          public boolean wants(java.time.LocalDate date) {
            return rows.wants(date);
          }
        };
    try {
      String sha = null;
      for (Part part : parts(source, file, shown)) {
        Digest digest = new Digest();
        try (Table table = open(source, file, part, digest)) {
          readPart(source, part, table, persons, tracked, rejects, counts, totals);
          if (table instanceof TextTable text) {
            sha = text.sha256();
          }
        }
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < seen.length; i++) {
        if (seen[i]) {
          names.add(programme.districts().get(i).name());
        }
      }
      return new InputFile(
          source.name(),
          shown,
          sha == null ? Digest.of(file) : sha,
          counts[0] + counts[1],
          counts[0],
          counts[1],
          names,
          totals);
    } catch (NoSuchFileException e) {
      throw InputException.unavailable(Location.of(shown), "file not found");
    } catch (IOException | UncheckedIOException e) {
      throw cannotRead(shown, e);
    }
  }

  /**
   * Reads one sheet (or the text) from its header on, holding back a row that looks like a totals
   * row until it is known whether it is the last.
   */
  private void readPart(
      Source source,
      Part part,
      Table table,
      PersonIds persons,
      RowSink rows,
      RejectSink rejects,
      long[] counts,
      List<String> totals)
      throws IOException {
    HeaderSearch search = table.header(Headers.scan(source));
    if (part.skipEmpty() && search.cells().isEmpty()) {
      return; // an empty sheet among all of a workbook's
    }
    Headers headers = Headers.match(source, search, part.shown(), table::columnLabel);
    RowMaker maker =
        new RowMaker(
            source, part.shown(), headers, districts, !programme.districts().isEmpty(), persons);
    TotalsRow totalsRow = new TotalsRow(source, headers);
    Rows read = new Rows(table, maker, totalsRow, rows, rejects, counts);
    do {
      read.rows();
    } while (table.more());
    if (read.held != null) {
      totals.add(part.shown() + ":" + read.held.rowNumber());
    }
  }

  /**
   * The reading loop of one sheet or text, run once for every stretch of rows the table has read
   * ({@link Table#nextRead}): a method of its own, called again and again, so that it is compiled
   * once with what every file has (a stretch's end), and a file's end or start is no way through it
   * that it has not seen.
   */
  private static final class Rows {
    private final Table table;
    private final RowMaker maker;
    private final TotalsRow totalsRow;
    private final RowSink summing;
    private final RejectSink rejects;
    private final long[] counts;
    private final boolean date1904;
    // a row that looks like a totals row, until it is known whether it is the last
    private RawRow held;

    Rows(
        Table table,
        RowMaker maker,
        TotalsRow totalsRow,
        RowSink rows,
        RejectSink rejects,
        long[] counts) {
      this.table = table;
      this.maker = maker;
      this.totalsRow = totalsRow;
      this.summing = totalsRow.summing(rows);
      this.rejects = rejects;
      this.counts = counts;
      this.date1904 = table.date1904();
    }

    void rows() throws IOException {
      while (table.nextRead()) {
        if (held != null) {
          counts[maker.make(held, date1904, summing, rejects) ? 0 : 1]++;
          held = null;
        }
        if (totalsRow.looksLike(table)) {
          held = totalsRow.hold(table);
        } else {
          counts[maker.make(table, date1904, summing, rejects) ? 0 : 1]++;
        }
      }
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

  private static Table open(Source source, Path file, Part part, Digest digest) throws IOException {
    String shown = part.shown();
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
      return CsvTable.openText(file, shown, csv, Headers.scan(source), digest);
    }
    if (format instanceof FileFormat.Xlsx) {
      return XlsxTable.open(file, shown, part.sheetName(), part.sheetIndex());
    }
    return XlsTable.open(file, shown, part.sheetName(), part.sheetIndex());
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
