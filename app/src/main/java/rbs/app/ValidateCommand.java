package rbs.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import rbs.job.Validation;
import rbs.model.Programme;
import rbs.rows.Reject;

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

  @Spec CommandSpec spec;

  @ParentCommand Rbs rbs;

  @Parameters(paramLabel = "PROGRAMME", description = "The programme file (YAML).")
  Path programmeFile;

  @Mixin DataOptions data = new DataOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Launch.Sizing sizing =
        rbs.launch().sizeInput(programmeFile, data.paths(), spec.commandLine().getErr());
    if (sizing.elsewhere().isPresent()) {
      return sizing.elsewhere().getAsInt();
    }
    Validation.Listener listener =
        new Validation.Listener() {
          @Override
          public void programmeRead(Programme p) {
            out.printf(
                "%s: programme '%s' is valid (%d target groups, %d goals, %d indicators, %d"
                    + " sources)%n",
                programmeFile,
                p.id(),
                p.targetGroups().size(),
                p.goals().count(),
                p.indicators().count(),
                p.sources().size());
          }

          @Override
          public void sourceRead(Validation.SourceCheck c) {
            out.printf(
                "source %s: %d files, %,d rows read, %,d used, %,d rejected%n",
                c.source().name(), c.files(), c.rowsRead(), c.rowsUsed(), c.rowsRejected());
            for (Reject r : c.shown()) {
              out.printf("  %s:%d: column '%s': %s%n", r.file(), r.row(), r.column(), r.reason());
            }
            if (c.rowsRejected() > c.shown().size()) {
              out.printf("  … and %,d more rejected rows%n", c.rowsRejected() - c.shown().size());
            }
          }
        };
    sizing
        .programme()
        .ifPresentOrElse(
            asRead -> Validation.run(asRead, listener),
            () -> Validation.run(programmeFile, data.paths(), listener));
    return ExitCodes.OK;
  }
}
