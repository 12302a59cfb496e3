package rbs.model;

import java.util.Objects;

/**
 * How many rows of a source's file were rejected for one reason (the reason never quotes a personal
 * value).
 *
 * @param file the file as shown to users ({@link InputFile#path()}); empty when not known
 */
public record RejectSummary(String source, String file, String column, String reason, long rows) {

  public RejectSummary {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }

  /** Rows of a source rejected for a reason, in no file in particular. */
  public RejectSummary(String source, String column, String reason, long rows) {
    this(source, "", column, reason, rows);
  }
}
