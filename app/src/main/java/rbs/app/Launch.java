package rbs.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import rbs.InputException;
import rbs.definition.DataPaths;
import rbs.definition.ProgrammeReader;
import rbs.model.Programme;
import rbs.source.SourceReader;

/**
 * Which compiler the Java VM runs a job with. A small run (the quick start: 30,000 rows) spends
 * most of its time compiling: the optimising compiler (C2) alone took half of its CPU time, for
 * code that then ran for a second (measured with {@code -XX:+CITime}). The {@code ./rbs} launcher
 * therefore starts Java in <em>quick mode</em> ({@link #QUICK_FLAGS}: the fast compiler only, the
 * parallel collector; huge pages for the heap where the kernel gives them on request), which runs
 * the quick start in half the time; but a large run is then up to twice as slow, its hot loops
 * never optimised. So a command that finds its work large ({@link #FULL_COMPILER_BYTES} of input or
 * more) runs it again in a Java VM with the usual flags, before it has read a row or written a
 * file, and exits with that run's exit code; stopped (SIGTERM, Ctrl-C), it stops that run and waits
 * for it to clean up; killed (SIGKILL), it cannot, and that run stops itself. Without the launcher
 * ({@code java -jar rbs.jar}) Java runs with its usual flags and nothing is run again.
 */
final class Launch {

  /** The system property the launcher sets to {@value #QUICK} for quick mode. */
  static final String PROPERTY = "rbs.launch";

  static final String QUICK = "quick";

  /**
   * The flags of quick mode as the launcher passes them (a test keeps the two the same); the run in
   * the full VM gets every other flag of this one ({@code RBS_JAVA_OPTS}, e.g. {@code -Xmx}).
   */
  static final List<String> QUICK_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-D" + PROPERTY + "=" + QUICK);

  /**
   * The flag with which the launcher asks for huge pages for quick mode's heap, where the kernel
   * gives them on request; the run in the full VM leaves it out with {@link #QUICK_FLAGS}.
   */
  static final String HUGE_PAGES_FLAG = "-XX:+UseTransparentHugePages";

  /** The flag that maps an AOT cache (Java 25 and later), as the launcher passes it. */
  static final String AOT_CACHE_FLAG = "-XX:AOTCache=";

  /**
   * From about this much input the full compiler wins: on two cores the 2014-T2 report of a 75 MB
   * sample took 6.4 s in quick mode against 9.2 s with the usual flags, of a 222 MB one 14–16 s
   * against 11–12 s.
   */
  static final long FULL_COMPILER_BYTES = 128L << 20;

  /**
   * The system property that moves {@link #FULL_COMPILER_BYTES} (in bytes; e.g. {@code
   * RBS_JAVA_OPTS=-Drbs.launch.fullCompilerBytes=0} always runs in the full VM).
   */
  static final String THRESHOLD_PROPERTY = "rbs.launch.fullCompilerBytes";

  /**
   * The system property that tells the second VM the first one's pid: killed with SIGKILL, the
   * first cannot stop the second, so the second watches it and stops itself.
   */
  static final String PARENT_PROPERTY = "rbs.launch.parent";

  private final List<String> args;
  private final boolean quick;
  private final long threshold;

  private Launch(List<String> args, boolean quick, long threshold) {
    this.args = List.copyOf(args);
    this.quick = quick;
    this.threshold = threshold;
  }

  /** The launch of this process with its command-line arguments. */
  static Launch of(String... args) {
    return new Launch(
        List.of(args),
        QUICK.equals(System.getProperty(PROPERTY)),
        Long.getLong(THRESHOLD_PROPERTY, FULL_COMPILER_BYTES));
  }

  /** A launch that never runs anything again (tests, and callers of {@link Rbs#run}). */
  static Launch inProcess() {
    return new Launch(List.of(), false, Long.MAX_VALUE);
  }

  /**
   * What a command that reads a programme's sources learns before it starts: whether the work runs
   * in another VM ({@link #elsewhere()}: that run's exit code), and the programme as read in quick
   * mode to size the work, for the command to hand on rather than read it again.
   */
  static final class Sizing {
    private final Optional<Programme> programme;
    private final OptionalInt elsewhere;

    private Sizing(Optional<Programme> programme, OptionalInt elsewhere) {
      this.programme = programme;
      this.elsewhere = elsewhere;
    }

    /** The programme as read; empty when not in quick mode or when it could not be read. */
    Optional<Programme> programme() {
      return programme;
    }

    /** The exit code of the run in the full VM; empty when the work is to be done here. */
    OptionalInt elsewhere() {
      return elsewhere;
    }
  }

  /**
   * {@link #elsewhereIfLarge} for a command that reads the programme's sources: sized by their
   * files, the programme read in quick mode only. A programme that cannot be read counts nothing:
   * the command reads it again and says why.
   */
  Sizing sizeInput(Path programmeFile, DataPaths paths, PrintWriter err) {
    Optional<Programme> programme = Optional.empty();
    if (quick) {
      try {
        programme = Optional.of(ProgrammeReader.read(programmeFile, paths));
      } catch (InputException e) {
        // counts nothing
      }
    }
    return new Sizing(
        programme, elsewhereIfLarge(programme.map(SourceReader::inputBytes).orElse(0L), err));
  }

  /**
   * Runs the command again in a VM with the full compiler when this one is in quick mode and the
   * work is large, and returns that run's exit code; empty when the work is to be done here (also
   * when the other VM cannot be started, which is said on {@code err}).
   */
  OptionalInt elsewhereIfLarge(long workBytes, PrintWriter err) {
    if (!quick || workBytes < threshold) {
      return OptionalInt.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(
        fullVmFlags(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
    command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Rbs.class.getName());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    // their contents are among this VM's flags already, which the command repeats
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      err.println(
          "rbs: note: could not start Java with the full compiler for this large run ("
              + e.getMessage()
              + "); running it here, more slowly");
      return OptionalInt.empty();
    }
    // stopped (cron's SIGTERM, Ctrl-C), this VM stops the run and waits for it to clean up
    Thread stop =
        new Thread(
            () -> {
              if (child.isAlive()) {
                child.destroy();
                try {
                  child.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            },
            "rbs-stop-full-vm");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      return OptionalInt.of(waitFor(child));
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs: it stops the child
      }
    }
  }

  /**
   * In the second VM: ends this run when the first VM has ended without stopping it (SIGKILL), as a
   * run stopped with SIGTERM ends (the staging folder and the lock removed, earlier outputs
   * untouched), for whoever killed the first meant to stop the run.
   */
  static void endWithFirstVm(PrintWriter err) {
    String first = System.getProperty(PARENT_PROPERTY);
    if (first == null) {
      return;
    }
    Runnable stop =
        () -> {
          err.println("rbs: stopped: the process that started this run has ended");
          err.flush();
          System.exit(ExitCodes.ENVIRONMENT);
        };
    java.util.Optional<ProcessHandle> handle;
    try {
      handle = ProcessHandle.of(Long.parseLong(first));
    } catch (NumberFormatException e) {
      return; // not set by the launch above: nothing to watch
    }
    if (handle.isEmpty()) {
      stop.run(); // ended already
      return;
    }
    // runs stop when the first VM has ended (nothing to wait for here)
    java.util.concurrent.CompletableFuture<Void> unused = handle.get().onExit().thenRun(stop);
  }

  private static int waitFor(Process child) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return child.waitFor();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * This VM's flags without those of quick mode (huge pages included), and without the AOT cache
   * the launcher gives quick mode on Java 25 and later ({@code -XX:AOTCache=}): made by a
   * quick-mode run, it slowed a large run with the usual flags down to 1.28x (the compute
   * benchmark's extract, 5 interleaved rounds), where no cache at all left it at 0.92x of Java 17's
   * time. A class archive of Java 17-24 ({@code -XX:SharedArchiveFile=}) stays: it holds classes
   * only.
   */
  static List<String> fullVmFlags(List<String> flags) {
    return flags.stream()
        .filter(
            f ->
                !QUICK_FLAGS.contains(f)
                    && !f.equals(HUGE_PAGES_FLAG)
                    && !f.startsWith(AOT_CACHE_FLAG))
        .toList();
  }

  private static String javaExecutable() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
