package rbs.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rbs.job.CommentsJob;
import rbs.job.ReportRequest;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/** {@code rbs comments}: writes the units' comment forms for a report period. */
@Command(
    name = "comments",
    mixinStandardHelpOptions = true,
    description = {
      "Write one comment form (xlsx) per district and one for the municipality: each goal and"
          + " indicator with its figures for the period, locked, and open cells for the unit's"
          + " analysis and actions. Units return the filled forms into the folder the programme"
          + " names (comments: folder:), one subfolder per period; rbs report reads them.",
      "Text a unit returned for the previous period is offered again in the new form."
    })
final class CommentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROGRAMME", description = "The programme file (YAML).")
  Path programmeFile;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      description = "2014-T1 or 2014-T2 (tertial reports), or 2014 (annual report).")
  String period;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The date the run counts as today (YYYY-MM-DD; default: today).")
  LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out/comments",
      description =
          "Folder for the forms (default: ${DEFAULT-VALUE}); send them to the units from there.")
  Path out;

  @Option(
      names = "--district",
      paramLabel = "NAME",
      description =
          "Write forms only for this district (name or alias; the municipality's name for its"
              + " own form). Repeatable.")
  List<String> districts = new ArrayList<>();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing on success (errors still go to stderr).")
  boolean quiet;

  @Override
  public Integer call() {
    Clock clock = Clock.systemUTC();
    LocalDate today = asOf != null ? asOf : LocalDate.now(clock);
    ReportPeriod reportPeriod =
        ReportPeriod.parse(period)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--period: expected 2014-T1, 2014-T2 or 2014, got '" + period + "'"));
    PrintWriter err = spec.commandLine().getErr();
    ConsoleListener listener = new ConsoleListener(err, !quiet && Rbs.interactive(), quiet);
    ReportRequest request =
        ReportRequest.builder(programmeFile, reportPeriod, today)
            .outDir(out)
            .districts(districts)
            .toolVersion(Rbs.version())
            .dataPaths(data.paths())
            .build();
    try {
      List<Path> written =
          new CommentsJob(listener, clock, SourceReader::forProgramme).run(request);
      listener.done();
      if (!quiet) {
        spec.commandLine()
            .getOut()
            .printf(
                "%d comment forms for %s in %s%n",
                written.size(), reportPeriod, out.toAbsolutePath().normalize());
      }
      return ExitCodes.OK;
    } finally {
      listener.done();
    }
  }
}
