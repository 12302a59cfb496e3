package rbs.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Comments;
import rbs.model.Results;
import rbs.model.SafeText;
import rbs.model.TargetGroup;
import rbs.model.Unit;

/** Writes the report workbook of one unit (a district or the whole city) for a report period. */
public final class WorkbookWriter {

  private WorkbookWriter() {}

  /**
   * {@code <programme-id>-<period>-<unit-slug>.xlsx}, e.g. {@code kvinnofrid-2014-T2-bromma.xlsx}.
   */
  public static String fileName(Results results, Unit unit) {
    return results.programme().id() + "-" + results.period() + "-" + unit.slug() + ".xlsx";
  }

  /**
   * Starts loading what writing a workbook needs (POI's XML schema types, some 0.2 s of one core
   * once per process) on a daemon thread of its own, for a run to call as it starts reading its
   * sources: the first workbooks, written on every core, would otherwise all wait for one core to
   * load them. Any failure is left for the first workbook to meet and say.
   */
  public static void prepare() {
    Thread thread = new Thread(WorkbookWriter::load, "rbs-prepare-writing");
    thread.setDaemon(true);
    thread.start();
  }

  private static void load() {
    try {
      ReportWorkbooks.create().getPackage().revert();
    } catch (RuntimeException | LinkageError e) {
      // the first workbook loads the same classes and says what failed
    }
  }

  /**
   * Writes the workbook to a temporary file beside {@code file} and renames it, so a reader never
   * sees a half-written workbook.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Results results, Unit unit, ReportOptions options, Path file) {
    write(results, Comments.none(), unit, options, file);
  }

  /**
   * Writes the workbook with the units' comments beside the figures (see {@link #write(Results,
   * Unit, ReportOptions, Path)}).
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(
      Results results, Comments comments, Unit unit, ReportOptions options, Path file) {
    Path target = file.toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    long time = results.asOf().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    try {
      // POI saves its parts into a zip it is given as it is: stamped as they go in, they are
      // compressed once; the file is written after, so that a failing disk is said as such (POI
      // words a failed write of its own as a failed part)
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ReportWorkbooks.Book workbook = build(results, comments, unit, options);
      try {
        workbook.save(bytes, time);
      } finally {
        // not close(): a new workbook's package saves itself again on close, into a buffer
        // nobody reads
        workbook.getPackage().revert();
      }
      try (OutputStream out = Files.newOutputStream(temp)) {
        bytes.writeTo(out);
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

  /**
   * A zip whose every entry is dated {@code time} (POI would date each part with the moment it was
   * written, and two runs of the same input would not give the same bytes), and into some of whose
   * parts what rbs writes as text is spliced as POI writes them: the cells set as text into their
   * sheets' parts ({@link SheetCells}), the defined names into the workbook's ({@link
   * DefinedNames}).
   */
  static final class StampedZip extends ZipArchiveOutputStream {
    private final long time;
    private final Map<String, UnaryOperator<byte[]>> splices;
    private Optional<UnaryOperator<byte[]>> splicing = Optional.empty();
    private final ByteArrayOutputStream part = new ByteArrayOutputStream();

    /**
     * The zip, each part named in {@code splices} ({@code xl/worksheets/sheet3.xml}) written as its
     * splice makes it of the bytes POI wrote ({@link ReportWorkbooks.Book#splices}).
     */
    StampedZip(OutputStream out, long time, Map<String, UnaryOperator<byte[]>> splices) {
      super(out);
      this.time = time;
      this.splices = splices;
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
      entry.setTime(time);
      super.putArchiveEntry(entry);
      splicing = Optional.ofNullable(splices.get(entry.getName()));
      part.reset();
    }

    @Override
    public void write(byte[] b, int offset, int length) throws IOException {
      if (splicing.isPresent()) {
        part.write(b, offset, length);
      } else {
        super.write(b, offset, length);
      }
    }

    @Override
    public void write(int b) throws IOException {
      if (splicing.isPresent()) {
        part.write(b);
      } else {
        super.write(b);
      }
    }

    @Override
    public void closeArchiveEntry() throws IOException {
      if (splicing.isPresent()) {
        byte[] spliced = splicing.get().apply(part.toByteArray());
        splicing = Optional.empty();
        super.write(spliced, 0, spliced.length);
      }
      super.closeArchiveEntry();
    }
  }

  static ReportWorkbooks.Book build(Results results, Unit unit, ReportOptions options) {
    return build(results, Comments.none(), unit, options);
  }

  static ReportWorkbooks.Book build(
      Results results, Comments comments, Unit unit, ReportOptions options) {
    ReportView view = new ReportView(results, comments, unit);
    ReportWorkbooks.Book workbook = ReportWorkbooks.create();
    Cells cells = new Cells(workbook, new Styles(workbook));
    Labels labels = view.labels();
    SheetNames names = new SheetNames();
    names.reserve(labels.get(Label.SUMMARY));
    names.reserve(labels.get(Label.OVERVIEW));
    names.reserve(labels.get(Label.DEFINITIONS));
    names.reserve(labels.get(Label.QUALITY));
    String analysisName =
        DistrictsAnalysisSheet.wanted(view)
            ? names.reserve(labels.get(Label.DISTRICTS_ANALYSIS))
            : "";
    if (!view.monthly()) {
      // a monthly follow-up is read at the desk, not by a committee: no summary
      SummarySheet.write(workbook, view, cells, view.published());
    }
    OverviewSheet.write(workbook, view, cells, view.published());
    String dataName = "";
    ChartDataSheet data = null;
    if (view.monthly()) {
      // a monthly follow-up: the indicator tables, no charts and so no chart data
      for (TargetGroup group : results.programme().targetGroups()) {
        MonthlySheet.write(
            workbook, view, cells, view.published(), group, names.unique(group.name()));
      }
    } else {
      dataName = names.reserve(labels.get(Label.CHART_DATA));
      data = new ChartDataSheet(workbook, view, cells, dataName);
      for (TargetGroup group : results.programme().targetGroups()) {
        TargetGroupSheet.write(
            workbook, view, cells, data, view.published(), group, names.unique(group.name()));
      }
    }
    if (!analysisName.isEmpty()) {
      DistrictsAnalysisSheet.write(workbook, view, cells, analysisName);
    }
    DefinitionsSheet.write(workbook, view, cells, view.published());
    QualitySheet.write(workbook, view, cells, view.published(), options.violations());
    if (data != null) {
      // the charts' data last and hidden: it is read by the charts, not printed
      workbook.setSheetOrder(dataName, workbook.getNumberOfSheets() - 1);
      data.hide(workbook);
    }
    workbook.setActiveSheet(0);
    workbook.setSelectedTab(0);
    cells.styles().writeNamedStyles();
    properties(workbook, view, options);
    return workbook;
  }

  private static void properties(XSSFWorkbook workbook, ReportView view, ReportOptions options) {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    Results results = view.results();
    core.setTitle(
        SafeText.mask(
            results.programme().name() + " – " + view.unit().name() + " " + results.period()));
    // the mode travels with the file, so a secretary cannot mistake an internal report
    String mode = view.labels().get(view.published() ? Label.PUBLISHED : Label.INTERNAL);
    core.setSubjectProperty(
        view.labels().get(Label.OVERVIEW) + " " + results.period() + " – " + mode);
    core.setKeywords(mode);
    // the document's language, for screen readers and spelling (the cells' texts are in it)
    core.getUnderlyingProperties().setLanguageProperty(view.labels().languageTag());
    core.setCreator("rbs " + options.toolVersion());
    // the as-of date, not the clock: two runs of the same input give the same bytes
    Date asOf = Date.from(results.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(asOf));
    core.setModified(Optional.of(asOf));
    workbook
        .getProperties()
        .getExtendedProperties()
        .getUnderlyingProperties()
        .setApplication("rbs");
  }
}
