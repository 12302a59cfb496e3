package rbs.model;

import java.util.List;
import java.util.Objects;

/**
 * Which sheets of a workbook a source reads: one by position, one or more by name, or every sheet.
 * Several sheets are read as one table, each with its own header row.
 */
public sealed interface SheetSelection
    permits SheetSelection.Position, SheetSelection.Names, SheetSelection.Every {

  /** The first sheet, the default. */
  SheetSelection FIRST = new Position(1);

  /** Whether rows may come from more than one sheet (their locations then name the sheet). */
  boolean several();

  /** One sheet by its 1-based position. */
  record Position(int index) implements SheetSelection {
    public Position {
      if (index < 1) {
        throw new IllegalArgumentException("sheet positions start at 1");
      }
    }

    @Override
    public boolean several() {
      return false;
    }
  }

  /** Sheets by name, read in the order listed; each must exist. */
  record Names(List<String> names) implements SheetSelection {
    public Names {
      names = List.copyOf(Objects.requireNonNull(names, "names"));
      if (names.isEmpty()) {
        throw new IllegalArgumentException("at least one sheet name");
      }
    }

    @Override
    public boolean several() {
      return names.size() > 1;
    }
  }

  /** Every sheet in workbook order; a sheet without any non-empty row is passed over. */
  record Every() implements SheetSelection {
    @Override
    public boolean several() {
      return true;
    }
  }
}
