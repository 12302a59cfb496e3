package rbs.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.definition.ProgrammeReader;
import rbs.filter.CelFilters;
import rbs.filter.FilterFailures;
import rbs.filter.RowFilter;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.Source;
import rbs.rows.Reject;
import rbs.source.SourceReader;

/** {@code rbs validate}: checks a programme, its sources' files, headers and rows. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Load the programme and check it strictly, then read every extract its sources name: the files"
          + " must exist, their headers match the declared columns, and their rows read. Prints every"
          + " problem as file:line:column: message, and the rejected rows per source.",
      "Exits 0 when the programme and its data can be reported on (rejected rows are listed, not"
          + " fatal, unless a source's reject limit is exceeded), 3 for invalid definitions or data,"
          + " 4 for missing or unreadable files."
    })
final class ValidateCommand implements Callable<Integer> {

  /** Rejected rows printed per source; the rest are counted. */
  static final int SHOWN_REJECTS = 10;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROGRAMME", description = "The programme file (YAML).")
  Path programmeFile;

  @Mixin DataOptions data = new DataOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Programme programme = ProgrammeReader.read(programmeFile, data.paths());
    out.printf(
        "%s: programme '%s' is valid (%d target groups, %d goals, %d indicators, %d sources)%n",
        programmeFile,
        programme.id(),
        programme.targetGroups().size(),
        programme.goals().count(),
        programme.indicators().count(),
        programme.sources().size());
    SourceReader reader = SourceReader.forProgramme(programme);
    List<Problem> problems = new ArrayList<>();
    for (Source source : programme.sources()) {
      try {
        problems.addAll(reader.checkHeaders(source));
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw InputException.of(problems);
    }
    CelFilters cel = CelFilters.forProgramme(programme);
    for (Source source : programme.sources()) {
      List<Reject> shown = new ArrayList<>();
      Map<String, Long> reasons = new TreeMap<>();
      long[] rejected = {0};
      // every filter on every row: one that fails at run time is an error here as in a report
      List<String> expressions = FilterFailures.of(programme, source);
      List<RowFilter> filters = expressions.stream().map(f -> cel.compile(source, f)).toList();
      FilterFailures failures = new FilterFailures(source, expressions);
      List<InputFile> files =
          reader.feed(
              source,
              row -> {
                for (int f = 0; f < filters.size(); f++) {
                  failures.test(filters.get(f), f, row);
                }
              },
              r -> {
                if (shown.size() < SHOWN_REJECTS) {
                  shown.add(r);
                }
                rejected[0]++;
                reasons.merge(
                    r.column() + ": " + r.reason().replaceAll("'[^']*'", "'…'"), 1L, Long::sum);
              });
      long read = files.stream().mapToLong(InputFile::rowsRead).sum();
      out.printf(
          "source %s: %d files, %,d rows read, %,d used, %,d rejected%n",
          source.name(), files.size(), read, read - rejected[0], rejected[0]);
      for (Reject r : shown) {
        out.printf("  %s:%d: column '%s': %s%n", r.file(), r.row(), r.column(), r.reason());
      }
      if (rejected[0] > shown.size()) {
        out.printf("  … and %,d more rejected rows%n", rejected[0] - shown.size());
      }
      problems.addAll(failures.problems(programme));
      if (source.rejectLimit().exceededBy(rejected[0], read)) {
        problems.add(
            new Problem(
                Location.of(programmeFile.toString()),
                "source '"
                    + source.name()
                    + "': "
                    + rejected[0]
                    + " of "
                    + read
                    + " rows rejected, more than its reject limit allows"));
      }
    }
    if (!problems.isEmpty()) {
      throw InputException.invalid(problems);
    }
    return ExitCodes.OK;
  }
}
