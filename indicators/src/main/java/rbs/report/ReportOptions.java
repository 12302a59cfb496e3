package rbs.report;

import java.util.Objects;

/**
 * How a workbook is written.
 *
 * @param publish whether the workbook is meant for publication (otherwise it is marked internal)
 * @param toolVersion the rbs version, written as the document's creator ("rbs 0.1.0")
 */
public record ReportOptions(boolean publish, String toolVersion) {

  public ReportOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
  }
}
