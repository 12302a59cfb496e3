package rbs.app;

import java.io.PrintWriter;
import rbs.job.JobListener;
import rbs.job.Warning;

/**
 * Shows a run's progress on stderr: a single self-overwriting status line when stderr is a terminal
 * (never in cron mail or CI logs), and warnings unless quiet.
 */
final class ConsoleListener implements JobListener {

  private final PrintWriter err;
  private final boolean progress;
  private final boolean quiet;
  private int lastWidth;

  ConsoleListener(PrintWriter err, boolean progress, boolean quiet) {
    this.err = err;
    this.progress = progress;
    this.quiet = quiet;
  }

  @Override
  public void phase(String name) {
    status(name + " …");
  }

  @Override
  public void reading(String source, long rows) {
    status(String.format("reading %s: %,d rows", source, rows));
  }

  @Override
  public void warning(Warning warning) {
    if (!quiet) {
      clear();
      err.println("warning: " + warning);
      err.flush();
    }
  }

  /** Removes the status line before the summary is printed. */
  void done() {
    clear();
  }

  private void status(String line) {
    if (!progress) {
      return;
    }
    String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
    err.print("\r" + padded);
    err.flush();
    lastWidth = line.length();
  }

  private void clear() {
    if (progress && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
      lastWidth = 0;
    }
  }
}
