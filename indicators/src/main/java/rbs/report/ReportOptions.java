package rbs.report;

import java.util.Objects;

/**
 * How a workbook is written. Whether it is for publication is not an option: it is read from the
 * results ({@link rbs.model.Results#publication()}), so it cannot disagree with what they show.
 *
 * @param toolVersion the rbs version, written as the document's creator ("rbs 0.1.0")
 */
public record ReportOptions(String toolVersion) {

  public ReportOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
  }
}
