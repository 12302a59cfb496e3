package rbs.job;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A report run in a process of its own that stops at a step and waits there, so that a test can
 * kill it (SIGKILL or SIGTERM) at exactly that moment: {@code ChildRun PROJECT OUT STEP}.
 */
public final class ChildRun {

  private ChildRun() {}

  public static void main(String[] args) {
    Path project = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String step = args[2];
    JobProject.run(
        project,
        out,
        new JobListener() {
          @Override
          public void phase(String name) {
            if (name.equals(step)) {
              System.out.println("waiting at " + name);
              System.out.flush();
              try {
                System.in.read(); // until killed (the test never writes)
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          }
        });
  }
}
