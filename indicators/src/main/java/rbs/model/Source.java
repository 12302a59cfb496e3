package rbs.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data source: the extracts (a path or glob relative to the programme file) and how to read them.
 *
 * @param format the declared format; empty means each file's extension decides (districts deliver
 *     different formats for the same source)
 * @param encoding CSV only: the declared charset; empty means detect (UTF-8 with or without BOM,
 *     else windows-1252)
 * @param delimiter CSV only: empty means detect among ';', ',' and tab
 * @param sheets workbooks only: the sheet or sheets to read
 * @param headerRow 1-based line or row where the search for the header starts: the header is the
 *     first row at or below it that holds every required column's header; data start on the next
 * @param districtColumn the column (of type district) that says which district a row belongs to;
 *     empty for a municipality without districts (every row then belongs to the whole)
 * @param dateColumn the column (of type date) that places a row in a month
 * @param personColumn the column (of type person_id) that identifies a person, for distinct counts
 * @param optional whether a path matching no file is acceptable (otherwise an error, exit 4)
 * @param periodicity in which years the source is measured (a survey every second year)
 * @param monthly whether every district is expected to deliver rows every month; a district-month
 *     with no rows at all is then reported as missing, not as zero
 * @param derived the columns derived from the person column (sex, age); rows carry them after the
 *     declared columns
 */
public record Source(
    String name,
    String description,
    String path,
    Optional<FileFormat.Kind> format,
    Optional<String> encoding,
    Optional<Character> delimiter,
    SheetSelection sheets,
    int headerRow,
    List<Column> columns,
    Optional<String> districtColumn,
    String dateColumn,
    Optional<String> personColumn,
    boolean optional,
    boolean monthly,
    RejectLimit rejectLimit,
    Periodicity periodicity,
    DerivedColumns derived) {

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(sheets, "sheets");
    Objects.requireNonNull(districtColumn, "districtColumn");
    Objects.requireNonNull(dateColumn, "dateColumn");
    Objects.requireNonNull(personColumn, "personColumn");
    Objects.requireNonNull(rejectLimit, "rejectLimit");
    Objects.requireNonNull(periodicity, "periodicity");
    Objects.requireNonNull(derived, "derived");
    columns = List.copyOf(columns);
    if (headerRow < 1) {
      throw new IllegalArgumentException("the header row is 1-based");
    }
    if (!derived.isEmpty() && personColumn.isEmpty()) {
      throw new IllegalArgumentException("derived columns need a person column");
    }
    for (Column c : derived.columns()) {
      if (columns.stream().anyMatch(d -> d.name().equals(c.name()))) {
        throw new IllegalArgumentException("derived column '" + c.name() + "' is also declared");
      }
    }
  }

  /** A source deriving nothing from its person column. */
  public Source(
      String name,
      String description,
      String path,
      Optional<FileFormat.Kind> format,
      Optional<String> encoding,
      Optional<Character> delimiter,
      SheetSelection sheets,
      int headerRow,
      List<Column> columns,
      Optional<String> districtColumn,
      String dateColumn,
      Optional<String> personColumn,
      boolean optional,
      boolean monthly,
      RejectLimit rejectLimit,
      Periodicity periodicity) {
    this(
        name,
        description,
        path,
        format,
        encoding,
        delimiter,
        sheets,
        headerRow,
        columns,
        districtColumn,
        dateColumn,
        personColumn,
        optional,
        monthly,
        rejectLimit,
        periodicity,
        DerivedColumns.NONE);
  }

  /** A source measured every year. */
  public Source(
      String name,
      String description,
      String path,
      Optional<FileFormat.Kind> format,
      Optional<String> encoding,
      Optional<Character> delimiter,
      SheetSelection sheets,
      int headerRow,
      List<Column> columns,
      Optional<String> districtColumn,
      String dateColumn,
      Optional<String> personColumn,
      boolean optional,
      boolean monthly,
      RejectLimit rejectLimit) {
    this(
        name,
        description,
        path,
        format,
        encoding,
        delimiter,
        sheets,
        headerRow,
        columns,
        districtColumn,
        dateColumn,
        personColumn,
        optional,
        monthly,
        rejectLimit,
        Periodicity.yearly());
  }

  /**
   * How to read one file of this source: the declared format, else the one its extension implies;
   * empty when neither says.
   */
  public Optional<FileFormat> formatOf(String fileName) {
    return format
        .or(() -> FileFormat.kindOf(fileName))
        .map(
            kind -> {
              return switch (kind) {
                case CSV -> new FileFormat.Csv(encoding, delimiter);
                case XLSX -> new FileFormat.Xlsx(sheets);
                default -> new FileFormat.Xls(sheets);
              };
            });
  }

  /**
   * The columns of a {@link rbs.rows.Row} of this source, by the index rows use: the declared
   * columns, then the derived ones (sex, age).
   */
  public List<Column> rowColumns() {
    if (derived.isEmpty()) {
      return columns;
    }
    List<Column> all = new java.util.ArrayList<>(columns);
    all.addAll(derived.columns());
    return List.copyOf(all);
  }

  /** The row column (declared or derived) with this name. */
  public Optional<Column> rowColumn(String columnName) {
    return rowColumns().stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The column with this name. */
  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The position of the column with this name in {@link #columns()}, or -1. */
  public int indexOf(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    return -1;
  }
}
