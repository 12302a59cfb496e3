package rbs.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rbs} command: results-based steering reports for municipal programmes. */
@Command(
    name = "rbs",
    mixinStandardHelpOptions = true,
    versionProvider = Rbs.Version.class,
    description =
        "Results-based steering: follow up a programme's indicators per district and write reports.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Rbs implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line and returns the exit code; the testable entry point. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Rbs());
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar manifest ("dev" when run from classes). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"rbs " + version()};
    }
  }

  /** The version of this build, from the jar manifest. */
  static String version() {
    String v = Rbs.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
