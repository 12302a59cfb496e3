package rbs.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;

/** The {@code rbs} command: results-based steering reports for municipal programmes. */
@Command(
    name = "rbs",
    mixinStandardHelpOptions = true,
    versionProvider = Rbs.Version.class,
    description =
        "Results-based steering: follow up a programme's indicators per district and write reports.",
    subcommands = {
      ValidateCommand.class,
      ListCommand.class,
      ReportCommand.class,
      CommentsCommand.class,
      SampleCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  internal error (a bug in rbs; the stack trace is printed)",
      "  2  usage error (unknown option, missing argument)",
      "  3  invalid input: programme definition or data (messages say file:line:column)",
      "  4  environment: a file missing or unreadable, output not writable, another run holds the lock,"
          + " not enough memory"
    })
public final class Rbs implements Runnable {

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /** The most problems printed for one failure; the rest are counted. */
  static final int MAX_PRINTED_PROBLEMS = 50;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Launch launch;

  private Rbs(Launch launch) {
    this.launch = launch;
  }

  /** How this process was started, for a command that may run its work in another VM. */
  Launch launch() {
    return launch;
  }

  public static void main(String[] args) {
    quietLibraryLogging();
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Launch.endWithFirstVm(err);
    System.exit(run(Launch.of(args), out, err, args));
  }

  /**
   * POI logs through the Log4j API; without a provider Log4j prints a warning on every run, and
   * library log lines are no channel for users anyway (problems reach them as exceptions).
   */
  static void quietLibraryLogging() {
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
  }

  /**
   * Runs the command line and returns the exit code; the testable entry point. Everything written
   * to {@code out} and {@code err} passes the masking guard ({@link SafeWriter}).
   */
  public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
    return run(Launch.inProcess(), rawOut, rawErr, args);
  }

  private static int run(Launch launch, PrintWriter rawOut, PrintWriter rawErr, String... args) {
    PrintWriter out = new PrintWriter(new SafeWriter(rawOut), true);
    PrintWriter err = new PrintWriter(new SafeWriter(rawErr), true);
    // picocli makes a converter for each java.time and java.sql type it knows, for every
    // subcommand, by loading the class and looking up its parse method (and so sets up the
    // formatters of java.time's classes); rbs's dates have a converter of rbs's and no option
    // takes another of those types, so they are left out (picocli's documented switch)
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
    }
    CommandLine cl = new CommandLine(new Rbs(launch));
    cl.registerConverter(LocalDate.class, Rbs::date);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(Rbs::exitCodeOf);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          report(e, commandLine.getErr());
          return exitCodeOf(e);
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // by now the run has unwound: its staging folder and lock are gone, earlier outputs intact
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      code = ExitCodes.ENVIRONMENT;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** A date option in words when it is no date (picocli would name Java's classes). */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected a date as YYYY-MM-DD (e.g. 2014-09-15), got '" + text + "'");
    }
  }

  /** What to do when the data need more memory than Java was given. */
  static String outOfMemory(long maxHeapBytes) {
    return "rbs: out of memory: Java's heap of "
        + (maxHeapBytes >> 20)
        + " MB is too small for this run; give it more, e.g."
        + " RBS_JAVA_OPTS=-Xmx2g ./rbs … (or java -Xmx2g -jar rbs.jar …); earlier outputs are"
        + " untouched";
  }

  /**
   * Exit code of a failure: user errors by kind, I/O failures are the environment's, else a bug.
   */
  static int exitCodeOf(Throwable e) {
    Optional<InputException> userError = userError(e);
    if (userError.isPresent()) {
      return userError.get().kind() == InputException.Kind.INVALID
          ? ExitCodes.INVALID_INPUT
          : ExitCodes.ENVIRONMENT;
    }
    return e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL;
  }

  /** Prints a user error as its problems (no stack trace), anything else with its stack trace. */
  static void report(Throwable e, PrintWriter err) {
    Optional<InputException> userError = userError(e);
    if (userError.isPresent()) {
      printProblems(userError.get().problems(), err);
    } else {
      err.println("rbs: internal error (a bug in rbs; please report it with the trace below)");
      e.printStackTrace(err);
    }
    err.flush();
  }

  /**
   * A failure the user or the environment must fix, as problems: an {@link InputException}, or any
   * I/O failure a command did not word itself (a full disk, a folder gone), at the file it names.
   */
  private static Optional<InputException> userError(Throwable e) {
    if (e instanceof InputException inputException) {
      return Optional.of(inputException);
    }
    if (e instanceof UncheckedIOException unchecked) {
      java.io.IOException io = unchecked.getCause();
      String file =
          io instanceof java.nio.file.FileSystemException fileSystemException
              ? fileSystemException.getFile()
              : null;
      return Optional.of(
          InputException.unavailable(
              Location.of(file == null ? "rbs" : file), InputException.reason(io)));
    }
    return Optional.empty();
  }

  static void printProblems(java.util.List<Problem> problems, PrintWriter err) {
    problems.stream().limit(MAX_PRINTED_PROBLEMS).forEach(p -> err.println(p));
    if (problems.size() > MAX_PRINTED_PROBLEMS) {
      err.println("… and " + (problems.size() - MAX_PRINTED_PROBLEMS) + " more problems");
    }
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

  /** Whether stderr is a terminal (progress is shown only there, never in cron mail or CI logs). */
  // the null check is right up to JDK 21; from JDK 22 console() is there even when redirected, and
  // Console.isTerminal() (JDK 22, so called reflectively) tells
  @SuppressWarnings("SystemConsoleNull")
  static boolean interactive() {
    java.io.Console console = System.console();
    if (console == null || Runtime.version().feature() < 22) {
      return console != null;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** The version of this build, from the jar manifest. */
  static String version() {
    String v = Rbs.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
