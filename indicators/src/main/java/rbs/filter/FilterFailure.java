package rbs.filter;

/**
 * A filter that could not be evaluated on a row (a conversion that fails, a division by zero, a
 * regular expression that does not compile): the row neither passes nor fails, so the run must not
 * count it silently either way. The reason is in words and never quotes the row's values.
 */
public final class FilterFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FilterFailure(String reason) {
    // no stack trace: thrown per failing row
    super(reason, null, false, false);
  }
}
