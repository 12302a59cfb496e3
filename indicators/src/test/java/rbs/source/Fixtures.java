package rbs.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.District;
import rbs.model.FileFormat;
import rbs.model.Programme;
import rbs.model.RejectLimit;
import rbs.model.SheetSelection;
import rbs.model.Source;
import rbs.rows.Reject;
import rbs.rows.Row;

/** A small programme and source for reader tests, and sinks that collect what they get. */
final class Fixtures {

  static final byte[] KEY = "test-key-0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private Fixtures() {}

  static Programme programme(Path dir, Source... sources) {
    return new Programme(
        "p",
        "Programme",
        "Vision",
        "Stockholm",
        "sv",
        List.of(
            new District("Bromma", List.of("Bromma stadsdelsförvaltning")),
            new District("Östermalm", List.of("Ostermalm")),
            new District("Enskede-Årsta-Vantör", List.of("EÅV"))),
        5,
        List.of(),
        List.of(sources),
        dir.resolve("programme.yaml"));
  }

  static List<Column> columns() {
    return List.of(
        column("stadsdel", ColumnType.DISTRICT, true, "Stadsdel", "SDF"),
        column("person", ColumnType.PERSON_ID, true, "Personnummer", "Pnr"),
        column("datum", ColumnType.DATE, true, "Datum"),
        column("antal", ColumnType.INTEGER, false, "Antal"),
        column("belopp", ColumnType.DECIMAL, false, "Belopp"),
        column("svar", ColumnType.BOOLEAN, false, "Svar"),
        column("notering", ColumnType.TEXT, false, "Notering"));
  }

  static Column column(String name, ColumnType type, boolean required, String... headers) {
    return new Column(name, type, List.of(headers), Optional.empty(), required);
  }

  static Source source(String path) {
    return source(path, columns(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  static Source source(
      String path,
      List<Column> columns,
      Optional<FileFormat.Kind> format,
      Optional<String> encoding,
      Optional<Character> delimiter,
      boolean optional) {
    return new Source(
        "insatser",
        "Insatser",
        path,
        format,
        encoding,
        delimiter,
        SheetSelection.FIRST,
        1,
        columns,
        Optional.of("stadsdel"),
        "datum",
        Optional.of("person"),
        optional,
        true,
        RejectLimit.standard());
  }

  static Path write(Path dir, String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(charset));
    return file;
  }

  /** Everything a feed produced. */
  static final class Collected {
    final List<Row> rows = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    List<rbs.model.InputFile> files = List.of();

    static Collected feed(Programme programme, Source source) {
      Collected c = new Collected();
      c.files = new SourceReader(programme, KEY).feed(source, c.rows::add, c.rejects::add);
      return c;
    }
  }
}
