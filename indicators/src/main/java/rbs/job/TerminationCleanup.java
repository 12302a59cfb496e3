package rbs.job;

import java.nio.file.Path;

/**
 * While a run holds the output folder, a shutdown hook that discards its staging folder and
 * releases its lock if the process is terminated (SIGTERM, Ctrl-C): an operator stopping a run
 * leaves neither half-written files nor a lock behind. (A kill -9 runs no hook; the next run
 * removes the leftovers and takes over the stale lock.)
 */
final class TerminationCleanup {

  private final Runnable cleanup;
  private final Thread hook;

  private TerminationCleanup(Runnable cleanup) {
    this.cleanup = cleanup;
    this.hook = new Thread(cleanup, "rbs-termination-cleanup");
  }

  /** Registers the cleanup of a run that writes its outputs. */
  static TerminationCleanup of(OutputStaging staging, OutputLock lock) {
    return register(
        new TerminationCleanup(
            () -> {
              staging.abandon();
              lock.close();
            }));
  }

  /** Registers the cleanup of a dry run's scratch folder. */
  static TerminationCleanup of(Path scratch) {
    return register(
        new TerminationCleanup(
            () -> {
              try {
                OutputStaging.deleteTree(scratch);
              } catch (java.io.IOException e) {
                // a folder in the temporary directory; the system removes it eventually
              }
            }));
  }

  private static TerminationCleanup register(TerminationCleanup cleanup) {
    Runtime.getRuntime().addShutdownHook(cleanup.hook);
    return cleanup;
  }

  /** What the hook runs (for tests). */
  void runNow() {
    cleanup.run();
  }

  /** The run ended (well or not): its own finally blocks clean up, so the hook is not needed. */
  void remove() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs (or ran) anyway
    }
  }
}
