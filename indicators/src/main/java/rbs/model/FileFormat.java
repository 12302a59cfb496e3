package rbs.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** How one file of a source is laid out: CSV text, or a sheet of an xlsx or xls workbook. */
public sealed interface FileFormat permits FileFormat.Csv, FileFormat.Xlsx, FileFormat.Xls {

  /** The word used in the programme file. */
  String key();

  /** The format a file name's extension implies: .csv/.txt/.tsv, .xlsx/.xlsm, .xls. */
  static Optional<Kind> kindOf(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
      return Optional.of(Kind.CSV);
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
      return Optional.of(Kind.XLSX);
    }
    if (lower.endsWith(".xls")) {
      return Optional.of(Kind.XLS);
    }
    return Optional.empty();
  }

  /** The closed set of formats, as named in the programme file. */
  enum Kind {
    CSV("csv"),
    XLSX("xlsx"),
    XLS("xls");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /**
   * Delimited text. Empty encoding or delimiter means detect: UTF-8 (BOM or not), else
   * windows-1252; the delimiter among ';', ',' and tab from the header line.
   */
  record Csv(Optional<String> encoding, Optional<Character> delimiter) implements FileFormat {
    public Csv {
      Objects.requireNonNull(encoding, "encoding");
      Objects.requireNonNull(delimiter, "delimiter");
    }

    @Override
    public String key() {
      return "csv";
    }
  }

  /** An Office Open XML workbook, read streamed; the sheets it reads. */
  record Xlsx(SheetSelection sheets) implements FileFormat {
    public Xlsx {
      Objects.requireNonNull(sheets, "sheets");
    }

    @Override
    public String key() {
      return "xlsx";
    }
  }

  /** A legacy BIFF8 workbook; the sheets it reads. */
  record Xls(SheetSelection sheets) implements FileFormat {
    public Xls {
      Objects.requireNonNull(sheets, "sheets");
    }

    @Override
    public String key() {
      return "xls";
    }
  }
}
