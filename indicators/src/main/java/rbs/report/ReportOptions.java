package rbs.report;

import java.util.List;
import java.util.Objects;
import rbs.model.Violation;

/**
 * How a workbook is written. Whether it is for publication is not an option: it is read from the
 * results ({@link rbs.model.Results#publication()}), so it cannot disagree with what they show.
 *
 * @param toolVersion the rbs version, written as the document's creator ("rbs 0.1.0")
 * @param violations the validation rules the data break, listed on the data-quality sheet of an
 *     internal report (a published one lists none: a broken rule tells how withheld numbers
 *     compare)
 */
public record ReportOptions(String toolVersion, List<Violation> violations) {

  public ReportOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
    violations = List.copyOf(violations);
  }

  /** Options without violations to list. */
  public ReportOptions(String toolVersion) {
    this(toolVersion, List.of());
  }
}
