package rbs;

/**
 * How many threads a run uses for work that can be split (reading a source's files, writing the
 * workbooks): the machine's processors, or fewer when the system property {@code rbs.threads} says
 * so (e.g. {@code RBS_JAVA_OPTS=-Drbs.threads=1} on a machine shared with other jobs). The outputs
 * do not depend on it.
 */
public final class Parallelism {

  /** The system property that caps the threads. */
  public static final String PROPERTY = "rbs.threads";

  private Parallelism() {}

  /**
   * The threads to use: at least 1.
   *
   * @throws InputException INVALID when the property is not a whole number of at least 1
   */
  public static int threads() {
    int cores = Runtime.getRuntime().availableProcessors();
    String cap = System.getProperty(PROPERTY, "").strip();
    if (cap.isEmpty()) {
      return Math.max(1, cores);
    }
    try {
      int threads = Integer.parseInt(cap);
      if (threads >= 1) {
        return Math.min(Math.max(1, cores), threads);
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw InputException.invalid(
        Location.of("-D" + PROPERTY),
        "expected a number of threads of at least 1, got '" + rbs.model.SafeText.of(cap, 40) + "'");
  }
}
