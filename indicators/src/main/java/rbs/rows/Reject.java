package rbs.rows;

import java.util.Objects;
import rbs.model.SafeText;

/**
 * A row that could not be used: where it is (file as the user named it, the row number the user
 * sees in Excel or an editor, the column's header) and why. File, header and reason come from the
 * input, so they pass {@link SafeText} here: whatever writes a reject (rejects.csv, the manifest,
 * the data-quality sheet, validate) gets them masked and bounded.
 */
public record Reject(String source, String file, long row, String column, String reason) {

  public Reject {
    Objects.requireNonNull(source, "source");
    file = SafeText.of(Objects.requireNonNull(file, "file"));
    column = SafeText.of(Objects.requireNonNull(column, "column"), 100);
    reason = SafeText.of(Objects.requireNonNull(reason, "reason"));
  }
}
