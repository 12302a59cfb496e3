package rbs.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import rbs.InputException;
import rbs.Location;
import rbs.Parallelism;
import rbs.Problem;
import rbs.comments.FormReader;
import rbs.comments.Forms;
import rbs.compute.LocalEngine;
import rbs.compute.ValidationChecks;
import rbs.definition.ProgrammeReader;
import rbs.disclosure.Disclosure;
import rbs.filter.CelFilters;
import rbs.model.Comments;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Unit;
import rbs.model.Violation;
import rbs.output.ManifestInfo;
import rbs.output.ManifestJson;
import rbs.output.PublicationRecords;
import rbs.output.RejectsCsv;
import rbs.output.StratsysExport;
import rbs.report.ReportOptions;
import rbs.report.WorkbookWriter;
import rbs.rows.SourceFeed;
import rbs.source.TargetTable;

/**
 * One report run, start to end: read the programme and its extracts, compute, write every output
 * into a staging folder and move them into place only when all succeeded.
 */
public final class ReportJob {

  /** Where the rejected rows of a run that failed on them are kept, beside the old outputs. */
  public static final String FAILED_REJECTS = FailedRejects.FILE_NAME;

  private final JobListener listener;
  private final Clock clock;
  private final Function<Programme, SourceFeed> feeds;
  private final OutputWriters writers;

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
    // heard from the threads that write the workbooks, too
    this.listener = SynchronizedListener.of(Objects.requireNonNull(listener, "listener"));
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
    Timings timings = new Timings(listener);
    Programme programme =
        timings.time(
            "read programme",
            () ->
                TargetTable.apply(
                    request
                        .programmeAsRead()
                        .orElseGet(
                            () -> ProgrammeReader.read(request.programme(), request.dataPaths()))));
    List<Unit> units = Units.select(programme, request.districts());
    if (request.exportStratsys() && programme.stratsys().isEmpty()) {
      throw InputException.invalid(
          Location.of(request.programme().toString()),
          "--export stratsys: the programme has no 'stratsys:' section with the external codes"
              + " (see docs/programme-format.md)");
    }
    if (request.dryRun()) {
      try (ScratchFolder scratch = ScratchFolder.create()) {
        Run run = compute(programme, request, scratch.dir(), timings);
        return summary(run, List.of(), started);
      }
    }
    try (OutputLock lock = OutputLock.acquire(request.outDir(), started);
        OutputStaging staging = OutputStaging.open(request.outDir(), started)) {
      TerminationCleanup cleanup = TerminationCleanup.of(staging, lock);
      try {
        writers.prepare();
        Run run = compute(programme, request, staging.dir(), timings);
        timings.time("write outputs", () -> write(run, units, request, staging.dir(), timings));
        if (run.results().publication().published()) {
          // recorded before the outputs appear: a record of a publication that then failed only
          // makes later publications withhold a little more, never less
          PublicationRecords.record(
              programme, request.period(), staging.dir().resolve("results.csv"));
        }
        listener.phase("publish");
        List<Path> written = staging.publish(listener::phase);
        FailedRejects.remove(request.outDir(), listener);
        return summary(run, written, started);
      } finally {
        cleanup.remove();
      }
    }
  }

  /** What one run computed, the units' comments, the run's warnings and validation violations. */
  private record Run(
      Results results, Comments comments, List<Warning> warnings, List<Violation> violations) {}

  /** Reads and computes (rejects into {@code dir}), withholds for a publication, warns. */
  private Run compute(Programme programme, ReportRequest request, Path dir, Timings timings) {
    Path rejectsFile = dir.resolve("rejects.csv");
    Results computed;
    try (RejectsCsv rejects = RejectsCsv.open(rejectsFile)) {
      SourceFeed feed = new ProgressFeed(feeds.apply(programme), listener);
      computed =
          timings.time(
              "read and compute",
              () ->
                  new LocalEngine(timings.engineListener())
                      .compute(
                          programme,
                          request.period(),
                          request.asOf(),
                          feed,
                          CelFilters.forProgramme(programme),
                          rejects));
    } catch (InputException e) {
      throw FailedRejects.keep(e, rejectsFile, request.outDir(), request.dryRun());
    }
    Results results =
        request.publish()
            ? timings.time(
                "disclosure control",
                () -> Disclosure.suppress(computed, PublicationRecords.read(programme)))
            : computed;
    // checked on every number, before anything is withheld
    List<Violation> violations = ValidationChecks.of(computed);
    List<Warning> warnings = new ArrayList<>(Warnings.of(results));
    warnings.addAll(Warnings.of(violations));
    Forms forms = FormReader.read(programme, request.period());
    for (Problem p : forms.problems()) {
      warnings.add(Warning.at(Warning.Kind.COMMENTS, p.location(), p.message()));
    }
    warnings.forEach(listener::warning);
    if (request.strict() && !warnings.isEmpty()) {
      Location at = Location.of(request.programme().toString());
      throw InputException.invalid(warnings.stream().map(w -> w.asProblem(at)).toList());
    }
    return new Run(results, forms.comments(), List.copyOf(warnings), violations);
  }

  private void write(Run run, List<Unit> units, ReportRequest request, Path dir, Timings timings) {
    Results results = run.results();
    Path out = request.outDir();
    writing(out, "results.csv", () -> writers.results(results, dir.resolve("results.csv")));
    ReportOptions options =
        new ReportOptions(
            request.toolVersion(),
            results.publication().published() ? List.of() : run.violations());
    // the units' workbooks (and charts) on several threads; the first failure in unit order is the
    // run's, after every started write has ended
    ParallelWrites.each(
        units,
        Parallelism.threads(),
        unit -> {
          String name = WorkbookWriter.fileName(results, unit);
          writing(
              out,
              name,
              () -> writers.workbook(results, run.comments(), unit, options, dir.resolve(name)));
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
        });
    Optional<StratsysExport.Summary> stratsys = Optional.empty();
    if (request.exportStratsys()) {
      String name = StratsysExport.fileName(results);
      StratsysExport.Summary[] written = new StratsysExport.Summary[1];
      writing(out, name, () -> written[0] = writers.stratsys(results, dir.resolve(name)));
      stratsys = Optional.of(written[0]);
    }
    ManifestInfo info =
        new ManifestInfo(
            request.toolVersion(),
            request.programme().toString(),
            ManifestJson.sha256(request.programme()),
            timings.millis(),
            alsoRead(results.programme(), request.period()),
            stratsys,
            run.violations());
    writing(
        out, "manifest.json", () -> writers.manifest(results, info, dir.resolve("manifest.json")));
  }

  /** The targets table and the comment forms of the period, as the report read them. */
  private static List<ManifestInfo.ReadFile> alsoRead(Programme programme, ReportPeriod period) {
    List<ManifestInfo.ReadFile> read = new ArrayList<>();
    Path base = programme.baseDir();
    programme
        .targetsFile()
        .ifPresent(
            f ->
                read.add(
                    new ManifestInfo.ReadFile(
                        "targets_file", f, ManifestJson.sha256(base.resolve(f)))));
    Optional<Path> folder = programme.commentsFolder(period);
    if (folder.isPresent() && Files.isDirectory(folder.get())) {
      try (Stream<Path> files = Files.list(folder.get())) {
        for (Path form :
            files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList()) {
          read.add(
              new ManifestInfo.ReadFile(
                  "comment_form",
                  base.relativize(form).toString().replace('\\', '/'),
                  ManifestJson.sha256(form)));
        }
      } catch (IOException e) {
        throw InputException.unavailable(
            Location.of(folder.get().toString()), "cannot list the comment forms", e);
      }
    }
    return List.copyOf(read);
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
}
