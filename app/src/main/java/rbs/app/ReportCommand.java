package rbs.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import rbs.InputException;
import rbs.job.LatestPeriod;
import rbs.job.OutputStaging;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.job.ReportSummary;
import rbs.model.ReportPeriod;
import rbs.output.RunLog;
import rbs.source.SourceReader;

/** {@code rbs report}: computes a programme's indicators for a period and writes every output. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Read the programme and its extracts, compute every indicator per district and for the whole"
          + " municipality, and write results.csv, manifest.json, rejects.csv and one workbook per"
          + " district and one for the municipality into --out/current.",
      "The outputs of a run appear together or not at all: they are written into a folder of"
          + " their own under --out/runs and --out/current is switched to it only when all"
          + " succeeded; a failed or killed run leaves the earlier outputs untouched."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand Rbs rbs;

  @Parameters(paramLabel = "PROGRAMME", description = "The programme file (YAML).")
  Path programmeFile;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      description =
          "2014-T1 or 2014-T2 (tertial reports, year to date), 2014 (annual report), 2014-05"
              + " (monthly follow-up, January to May), 2014-R05 (monthly follow-up, the twelve"
              + " months to May), 'latest' (the most recent complete tertial or year as of"
              + " --as-of), 'latest-month' or 'latest-rolling' (the month before --as-of's).")
  String period;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The date the run counts as today (YYYY-MM-DD; default: today). Reruns with the same"
              + " inputs and --as-of write the same bytes.")
  LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--district",
      paramLabel = "NAME",
      description =
          "Write workbooks only for this district (name or alias; the municipality's name for the"
              + " city workbook). Repeatable.")
  List<String> districts = new ArrayList<>();

  @Option(
      names = "--publish",
      description =
          "Make the report for publication: small counts are withheld (disclosure control)."
              + " Without it the report is marked internal.")
  boolean publish;

  @Option(
      names = "--charts",
      paramLabel = "png|svg",
      split = ",",
      description =
          "Also write every chart into DIR/current/charts: png (300 dpi, with its alternative"
              + " text beside it), svg (for print at any size), or png,svg.")
  List<ChartFormat> charts = new ArrayList<>();

  @Option(
      names = "--export",
      paramLabel = "stratsys",
      split = ",",
      description =
          "Also write the published figures for import elsewhere: stratsys (Stratsys/ILS measure"
              + " data, tab-separated, with the external codes of the programme's 'stratsys:'"
              + " section; only with --publish).")
  List<ExportFormat> exports = new ArrayList<>();

  @Option(names = "--dry-run", description = "Read and compute, but write nothing.")
  boolean dryRun;

  @Option(
      names = "--strict",
      description = "Treat warnings (missing months, rejected rows) as errors (exit 3).")
  boolean strict;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing on success (errors still go to stderr).")
  boolean quiet;

  @Option(
      names = "--log-file",
      paramLabel = "FILE",
      description =
          "Append one JSON line per run (time, programme, period, outcome, counts, duration). A"
              + " log that cannot be written is a warning, not a failure of the run.")
  Path logFile;

  /** Files for other systems. */
  enum ExportFormat {
    stratsys
  }

  /** Chart formats besides the native workbook charts. */
  enum ChartFormat {
    png,
    svg
  }

  @Override
  public Integer call() {
    Clock clock = Clock.systemUTC();
    LocalDate today = asOf != null ? asOf : LocalDate.now(clock);
    ReportPeriod reportPeriod = resolvePeriod(today);
    if (exports.contains(ExportFormat.stratsys) && !publish) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--export stratsys: only published figures go out; add --publish");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Launch.Sizing sizing = rbs.launch().sizeInput(programmeFile, data.paths(), err);
    if (sizing.elsewhere().isPresent()) {
      return sizing.elsewhere().getAsInt();
    }
    ConsoleListener listener = new ConsoleListener(err, !quiet && Rbs.interactive(), quiet);
    ReportRequest.Builder builder = ReportRequest.builder(programmeFile, reportPeriod, today);
    sizing.programme().ifPresent(builder::programmeAsRead);
    ReportRequest request =
        builder
            .outDir(this.out)
            .districts(districts)
            .publish(publish)
            .pngCharts(charts.contains(ChartFormat.png))
            .svgCharts(charts.contains(ChartFormat.svg))
            .exportStratsys(exports.contains(ExportFormat.stratsys))
            .dryRun(dryRun)
            .strict(strict)
            .toolVersion(Rbs.version())
            .dataPaths(data.paths())
            .build();
    long start = System.nanoTime();
    try {
      ReportSummary summary =
          new ReportJob(listener, clock, SourceReader::forProgramme).run(request);
      listener.done();
      log("ok", ExitCodes.OK, summary, start, listener);
      if (!quiet) {
        printSummary(summary, stdout);
      }
      return ExitCodes.OK;
    } catch (RuntimeException e) {
      listener.done();
      log(
          Rbs.exitCodeOf(e) == ExitCodes.INTERNAL ? "error" : "failed",
          Rbs.exitCodeOf(e),
          null,
          start,
          listener);
      throw e;
    }
  }

  private ReportPeriod resolvePeriod(LocalDate today) {
    ReportPeriod resolved;
    if (period.equalsIgnoreCase("latest")) {
      resolved = LatestPeriod.asOf(today);
    } else if (period.equalsIgnoreCase("latest-month")) {
      resolved = LatestPeriod.monthAsOf(today);
    } else if (period.equalsIgnoreCase("latest-rolling")) {
      resolved = LatestPeriod.rollingAsOf(today);
    } else {
      resolved =
          ReportPeriod.parse(period)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          spec.commandLine(),
                          "--period: expected 2014-T1, 2014-T2, 2014, 2014-05, 2014-R05, latest,"
                              + " latest-month or latest-rolling, got '"
                              + period
                              + "'"));
    }
    if (resolved.isMonthly() && !charts.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--charts: a monthly follow-up (" + resolved + ") has tables only, no charts");
    }
    return resolved;
  }

  private void printSummary(ReportSummary s, PrintWriter out) {
    String id = s.results().programme().id() + " " + s.results().period();
    if (dryRun) {
      long units = s.results().outcomes().stream().map(o -> o.unit()).distinct().count();
      out.printf(
          "%s: computed %d indicators for %d units (dry run: nothing written)%n",
          id, s.results().programme().indicators().count(), units);
    } else {
      long workbooks = s.written().stream().filter(p -> p.toString().endsWith(".xlsx")).count();
      out.printf(
          "%s: %d workbooks, results.csv and manifest.json in %s%n",
          id, workbooks, this.out.toAbsolutePath().normalize().resolve(OutputStaging.CURRENT));
    }
    out.printf(
        "rows read %,d, used %,d, rejected %,d%s; %d district-months missing; %d warnings; %.1f s%n",
        s.rowsRead(),
        s.rowsUsed(),
        s.rowsRejected(),
        s.rowsRejected() > 0 && !dryRun ? " (see rejects.csv)" : "",
        s.results().missing().size(),
        s.warnings().size(),
        s.elapsed().toMillis() / 1000.0);
    out.printf(
        "mode: %s%n",
        publish ? "publish (small counts withheld)" : "internal (not for publication)");
  }

  /**
   * Appends the run's line to --log-file. A log that cannot be written is a warning, never the
   * run's failure: the outputs are in place (or the run's own error is the one to report).
   */
  private void log(
      String outcome,
      int exitCode,
      ReportSummary summary,
      long startNanos,
      ConsoleListener listener) {
    if (logFile == null) {
      return;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("time", java.time.Instant.now().toString());
    fields.put("programme", programmeFile.toString());
    fields.put("period", period);
    fields.put("outcome", outcome);
    fields.put("exit_code", exitCode);
    if (summary != null) {
      fields.put("period_resolved", summary.results().period().toString());
      fields.put("files_written", summary.written().size());
      fields.put("rows_read", summary.rowsRead());
      fields.put("rows_used", summary.rowsUsed());
      fields.put("rows_rejected", summary.rowsRejected());
      fields.put("missing", summary.results().missing().size());
      fields.put("warnings", summary.warnings().size());
      Map<String, Long> kinds = new TreeMap<>();
      summary.warnings().forEach(w -> kinds.merge(w.kind().key(), 1L, Long::sum));
      fields.put("warnings_by_kind", kinds);
    }
    fields.put("duration_ms", Duration.ofNanos(System.nanoTime() - startNanos).toMillis());
    try {
      RunLog.append(logFile, fields);
    } catch (InputException e) {
      // said even with --quiet: a monitoring log that stopped growing must not go unnoticed
      listener.done();
      e.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
    }
  }
}
