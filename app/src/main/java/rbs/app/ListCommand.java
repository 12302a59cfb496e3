package rbs.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rbs.definition.ProgrammeReader;
import rbs.model.Goal;
import rbs.model.Indicator;
import rbs.model.Programme;
import rbs.model.TargetGroup;

/** {@code rbs list}: the programme's tree of target groups, goals and indicators. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Print the programme's target groups → goals → indicators (ids and names).")
final class ListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROGRAMME", description = "The programme file (YAML).")
  Path programmeFile;

  @Mixin DataOptions data = new DataOptions();

  @Override
  public Integer call() {
    Programme programme = ProgrammeReader.read(programmeFile, data.paths());
    PrintWriter out = spec.commandLine().getOut();
    out.println(programme.name() + " (" + programme.id() + ")");
    for (TargetGroup group : programme.targetGroups()) {
      out.println("  " + group.id() + ": " + group.name());
      for (Goal goal : group.goals()) {
        out.println("    " + goal.id() + ": " + goal.text());
        for (Indicator indicator : goal.indicators()) {
          out.println(
              "      "
                  + indicator.id()
                  + " ["
                  + indicator.measure().kind().key()
                  + "]: "
                  + indicator.name());
        }
      }
    }
    long goals = programme.goals().count();
    long indicators = programme.indicators().count();
    out.printf(
        "%d target groups, %d goals, %d indicators%n",
        programme.targetGroups().size(), goals, indicators);
    return ExitCodes.OK;
  }
}
