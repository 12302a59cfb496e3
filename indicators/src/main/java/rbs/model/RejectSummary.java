package rbs.model;

import java.util.Objects;

/**
 * How many rows of a source were rejected for one reason (the reason never quotes a personal
 * value).
 */
public record RejectSummary(String source, String column, String reason, long rows) {

  public RejectSummary {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }
}
