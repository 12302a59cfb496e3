package rbs.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.compute.EngineListener;
import rbs.compute.LocalEngine;
import rbs.definition.ProgrammeReader;
import rbs.disclosure.Disclosure;
import rbs.filter.CelFilters;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.Results;
import rbs.model.Source;
import rbs.model.Unit;
import rbs.output.ManifestInfo;
import rbs.output.ManifestJson;
import rbs.output.PublicationRecords;
import rbs.output.RejectsCsv;
import rbs.report.ReportOptions;
import rbs.report.WorkbookWriter;
import rbs.rows.RejectSink;
import rbs.rows.RowSink;
import rbs.rows.SourceFeed;

/**
 * One report run, start to end: read the programme and its extracts, compute, write every output
 * into a staging folder and move them into place only when all succeeded.
 */
public final class ReportJob {

  /** Where the rejected rows of a run that failed on them are kept, beside the old outputs. */
  public static final String FAILED_REJECTS = "rejects-failed.csv";

  private final JobListener listener;
  private final Clock clock;
  private final Function<Programme, SourceFeed> feeds;
  private final OutputWriters writers;
  private final Map<String, Long> timings = new LinkedHashMap<>();

  /**
   * @param feeds how to read a programme's sources (the file readers, or rows given by a test)
   */
  public ReportJob(JobListener listener, Clock clock, Function<Programme, SourceFeed> feeds) {
    this(listener, clock, feeds, OutputWriters.STANDARD);
  }

  /** A run whose files are written by these writers (a test seam for failing writes). */
  ReportJob(
      JobListener listener,
      Clock clock,
      Function<Programme, SourceFeed> feeds,
      OutputWriters writers) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.feeds = Objects.requireNonNull(feeds, "feeds");
    this.writers = Objects.requireNonNull(writers, "writers");
  }

  /**
   * Runs the report; throws {@link InputException} for anything the user must fix or the
   * environment refuses (every I/O failure is UNAVAILABLE, with its reason in words).
   */
  public ReportSummary run(ReportRequest request) {
    Instant started = clock.instant();
    Programme programme =
        timed(
            "read programme", () -> ProgrammeReader.read(request.programme(), request.dataPaths()));
    List<Unit> units = Units.select(programme, request.districts());
    if (request.dryRun()) {
      Path scratch = scratchDir();
      TerminationCleanup cleanup = TerminationCleanup.of(scratch);
      try {
        Run run = compute(programme, request, scratch, request.outDir());
        return summary(run, List.of(), started);
      } finally {
        cleanup.remove();
        deleteQuietly(scratch);
      }
    }
    try (OutputLock lock = OutputLock.acquire(request.outDir(), started);
        OutputStaging staging = OutputStaging.open(request.outDir(), started)) {
      TerminationCleanup cleanup = TerminationCleanup.of(staging, lock);
      try {
        Run run = compute(programme, request, staging.dir(), request.outDir());
        timed("write outputs", () -> write(run, units, request, staging.dir()));
        if (run.results().publication().published()) {
          // recorded before the outputs appear: a record of a publication that then failed only
          // makes later publications withhold a little more, never less
          PublicationRecords.record(
              programme, request.period(), staging.dir().resolve("results.csv"));
        }
        listener.phase("publish");
        List<Path> written = staging.publish(listener::phase);
        removeFailedRejects(request.outDir());
        return summary(run, written, started);
      } finally {
        cleanup.remove();
      }
    }
  }

  /** The rejects of an earlier failed run no longer apply once a run succeeded. */
  private void removeFailedRejects(Path outDir) {
    Path failed = outDir.resolve(FAILED_REJECTS);
    try {
      Files.deleteIfExists(failed);
    } catch (IOException e) {
      listener.warning(
          failed + ": cannot remove the rejects of an earlier run: " + InputException.reason(e));
    }
  }

  /** What one run computed, with its warnings. */
  private record Run(Results results, List<String> warnings) {}

  private Run compute(Programme programme, ReportRequest request, Path dir, Path outDir) {
    Path rejectsFile = dir.resolve("rejects.csv");
    Results computed;
    try (RejectsCsv rejects = RejectsCsv.open(rejectsFile)) {
      SourceFeed feed = new ProgressFeed(feeds.apply(programme), listener);
      computed =
          timed(
              "read and compute",
              () ->
                  new LocalEngine(engineListener())
                      .compute(
                          programme,
                          request.period(),
                          request.asOf(),
                          feed,
                          CelFilters.forProgramme(programme),
                          rejects));
    } catch (InputException e) {
      throw keepRejects(e, rejectsFile, outDir, request.dryRun());
    }
    Results results =
        request.publish()
            ? timed(
                "disclosure control",
                () -> Disclosure.suppress(computed, PublicationRecords.read(programme)))
            : computed;
    List<String> warnings = Warnings.of(results);
    warnings.forEach(listener::warning);
    if (request.strict() && !warnings.isEmpty()) {
      throw InputException.invalid(
          warnings.stream()
              .map(w -> new Problem(Location.of(request.programme().toString()), w + " (--strict)"))
              .toList());
    }
    return new Run(results, warnings);
  }

  /**
   * A run that fails on its rejects keeps them (beside, not over, the earlier outputs), so the user
   * can see which rows to fix.
   */
  private static InputException keepRejects(
      InputException e, Path rejectsFile, Path outDir, boolean dryRun) {
    try {
      if (dryRun || !hasRows(rejectsFile)) {
        return e;
      }
      Path kept = outDir.resolve(FAILED_REJECTS);
      Files.move(rejectsFile, kept, StandardCopyOption.REPLACE_EXISTING);
      List<Problem> problems = new ArrayList<>(e.problems());
      problems.add(
          new Problem(
              Location.of(kept.toString()),
              "the rejected rows of this run (the earlier outputs are untouched)",
              e.kind()));
      return new InputException(e.kind(), problems);
    } catch (IOException io) {
      return e;
    }
  }

  /** Whether a CSV file has a row below its header. */
  private static boolean hasRows(Path csv) throws IOException {
    if (!Files.exists(csv)) {
      return false;
    }
    try (java.io.BufferedReader r = Files.newBufferedReader(csv)) {
      String header = r.readLine();
      return header != null && r.readLine() != null;
    }
  }

  private void write(Run run, List<Unit> units, ReportRequest request, Path dir) {
    Results results = run.results();
    Path out = request.outDir();
    writing(out, "results.csv", () -> writers.results(results, dir.resolve("results.csv")));
    ReportOptions options = new ReportOptions(request.toolVersion());
    for (Unit unit : units) {
      String name = WorkbookWriter.fileName(results, unit);
      writing(out, name, () -> writers.workbook(results, unit, options, dir.resolve(name)));
      if (request.pngCharts()) {
        writing(
            out,
            "the charts of " + unit.name(),
            () -> writers.charts(results, unit, dir.resolve("charts")));
      }
      if (request.svgCharts()) {
        writing(
            out,
            "the SVG charts of " + unit.name(),
            () -> writers.svgCharts(results, unit, dir.resolve("charts")));
      }
    }
    ManifestInfo info =
        new ManifestInfo(
            request.toolVersion(),
            request.programme().toString(),
            ManifestJson.sha256(request.programme()),
            timings);
    writing(
        out, "manifest.json", () -> writers.manifest(results, info, dir.resolve("manifest.json")));
  }

  /**
   * One output written; any failure to write (a full disk, a folder gone) is the environment's:
   * exit 4 with the reason in words, and the earlier outputs stay as they were.
   */
  private void writing(Path outDir, String what, Runnable write) {
    listener.phase("write " + what);
    try {
      write.run();
    } catch (UncheckedIOException e) {
      throw InputException.unavailable(
          Location.of(outDir.toString()),
          "cannot write " + what + " (the earlier outputs are untouched)",
          e.getCause());
    }
  }

  private ReportSummary summary(Run run, List<Path> written, Instant started) {
    long read = 0;
    long used = 0;
    long rejected = 0;
    for (InputFile f : run.results().inputs()) {
      read += f.rowsRead();
      used += f.rowsUsed();
      rejected += f.rowsRejected();
    }
    return new ReportSummary(
        run.results(),
        written,
        read,
        used,
        rejected,
        run.warnings(),
        Duration.between(started, clock.instant()));
  }

  private EngineListener engineListener() {
    return new EngineListener() {
      @Override
      public void phase(String name, long nanos) {
        timings.merge(name, nanos / 1_000_000, Long::sum);
      }
    };
  }

  private <T> T timed(String phase, Supplier<T> step) {
    listener.phase(phase);
    long start = System.nanoTime();
    try {
      return step.get();
    } finally {
      timings.merge(phase, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }
  }

  private void timed(String phase, Runnable step) {
    timed(
        phase,
        () -> {
          step.run();
          return Boolean.TRUE;
        });
  }

  private static void deleteQuietly(Path dir) {
    try {
      OutputStaging.deleteTree(dir);
    } catch (IOException e) {
      // a leftover temporary folder is no reason to fail a dry run
    }
  }

  private static Path scratchDir() {
    try {
      return Files.createTempDirectory("rbs-dry-run-");
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(System.getProperty("java.io.tmpdir")),
          "cannot make a temporary folder for the dry run",
          e);
    }
  }

  /** Reports rows read so far, for the progress display. */
  private static final class ProgressFeed implements SourceFeed {
    private final SourceFeed delegate;
    private final JobListener listener;

    ProgressFeed(SourceFeed delegate, JobListener listener) {
      this.delegate = delegate;
      this.listener = listener;
    }

    @Override
    public List<InputFile> feed(Source source, RowSink rows, RejectSink rejects) {
      long[] count = {0};
      listener.reading(source.name(), 0);
      List<InputFile> files =
          delegate.feed(
              source,
              row -> {
                rows.accept(row);
                if ((++count[0] & 0xFFFF) == 0) {
                  listener.reading(source.name(), count[0]);
                }
              },
              rejects);
      listener.reading(source.name(), count[0]);
      return files;
    }
  }
}
