package rbs.rows;

import java.util.Objects;

/**
 * A row that could not be used: where it is (file as the user named it, the row number the user
 * sees in Excel or an editor, the column's header) and why. The reason never quotes an identifying
 * value.
 */
public record Reject(String source, String file, long row, String column, String reason) {

  public Reject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }
}
