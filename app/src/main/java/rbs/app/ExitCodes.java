package rbs.app;

/** The exit codes of {@code rbs}, documented in the README. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;

  /** A bug in rbs: the stack trace is printed. */
  public static final int INTERNAL = 1;

  /** The command line is wrong: unknown option, missing argument. */
  public static final int USAGE = 2;

  /** The input is invalid: programme definition or data. */
  public static final int INVALID_INPUT = 3;

  /** The environment failed: file missing or unreadable, output not writable, lock held, memory. */
  public static final int ENVIRONMENT = 4;

  private ExitCodes() {}
}
