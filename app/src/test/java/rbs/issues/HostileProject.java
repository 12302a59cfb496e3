package rbs.issues;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A project whose inputs hold valid personnummer in every place an input can hold text: cells of
 * every column type (as text and as numbers), header cells, sheet names, file and folder names, and
 * the programme itself (vision, descriptions, a district alias, a header alias). Each planted
 * number is distinct, so a leak names the place it came from.
 */
final class HostileProject {

  /** The 10 digits of each planted number → where it was planted. */
  final Map<String, String> planted = new LinkedHashMap<>();

  final Path dir;
  private int serial = 100;

  HostileProject(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  /** A fresh valid personnummer (12 digits) recorded as planted at this place. */
  String plant(String place) {
    String date = serial % 3 == 0 ? "19400267" : serial % 3 == 1 ? "19811224" : "20010509";
    String p = Personnummer.of(date, serial++);
    planted.put(Personnummer.short10(p), place);
    return p;
  }

  /**
   * The project of a run that succeeds: its bad rows stay under the reject limit unless {@code
   * maxRejectedRows} says otherwise.
   */
  static HostileProject rows(Path dir, String rejectLimit) throws IOException {
    HostileProject p = new HostileProject(dir);
    String folder = p.plant("a folder name");
    String file = p.plant("a file name");
    String headerAlias = p.plant("a column's header alias in the programme");
    p.programme(rejectLimit, headerAlias, "", false);

    // CSV: bad cells of every type, an extra header cell, and a file and folder named by numbers
    List<String> csv = new ArrayList<>();
    csv.add(
        "Stadsdel;Personnummer;Datum;Antal;Svar;Notering;"
            + Personnummer.dashed(p.plant("a CSV header cell")));
    csv.addAll(p.goodRows(';'));
    csv.add("Norr;" + p.person(0) + ";" + p.plant("a CSV date cell") + ";1;ja;x");
    csv.add(
        "Norr;"
            + p.person(1)
            + ";2014-03-10;"
            + Personnummer.dashed(p.plant("a CSV integer cell"))
            + ";ja;x");
    csv.add(
        "Norr;"
            + p.person(2)
            + ";2014-03-10;1;"
            + Personnummer.short10(p.plant("a CSV boolean cell"))
            + ";x");
    csv.add(
        Personnummer.shortDashed(p.plant("a CSV district cell"))
            + ";"
            + p.person(3)
            + ";2014-03-10;1;ja;x");
    csv.add(
        "Norr;"
            + p.person(4)
            + ";2014-03-10;1;ja;"
            + Personnummer.shortPlus(p.plant("a CSV text cell")));
    p.write("csv/norr/insatser.csv", csv);

    List<String> named = new ArrayList<>();
    named.add("Stadsdel;Personnummer;Datum;Antal;" + headerAlias + ";Notering");
    named.addAll(p.goodRows(';'));
    named.add("Söder;" + p.person(5) + ";2014-04-10;1;kanske;x");
    p.write("csv/" + Personnummer.dashed(folder) + "/" + file + ".csv", named);

    p.workbook(new XSSFWorkbook(), "xlsx/" + p.plant("an xlsx file name") + ".xlsx", "xlsx");
    p.workbook(new HSSFWorkbook(), "xls/" + p.plant("an xls file name") + ".xls", "xls");
    return p;
  }

  /**
   * The project of a run that fails on its headers and sheets: a CSV without its header line (its
   * first data row holds a personnummer), workbooks without the declared sheet whose sheets are
   * named by personnummer, and a damaged file named by one.
   */
  static HostileProject headers(Path dir) throws IOException {
    HostileProject p = new HostileProject(dir);
    p.programme(
        "{max_share: 0.9}",
        p.plant("a column's header alias in the programme"),
        "    sheet: Data\n",
        true);
    p.write(
        "csv/norr/utan-rubrik.csv",
        List.of(
            "Norr;"
                + Personnummer.dashed(p.plant("the first data row of a CSV without header"))
                + ";2014-03-10;1;ja;"
                + p.plant("a text cell of that row"),
            "Norr;" + p.person(1) + ";2014-03-11;1;ja;x"));
    for (String kind : List.of("xlsx", "xls")) {
      Workbook wb = kind.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
      wb.createSheet(p.plant("an " + kind + " sheet name"));
      wb.createSheet(Personnummer.shortDashed(p.plant("another " + kind + " sheet name")));
      try (OutputStream out = Files.newOutputStream(p.file(kind + "/data." + kind))) {
        wb.write(out);
      }
      wb.close();
    }
    Files.writeString(
        p.file("trasig/" + p.plant("the name of a damaged xlsx file") + ".xlsx"),
        "this is no workbook\n");
    return p;
  }

  private void programme(String rejectLimit, String headerAlias, String sheet, boolean damaged)
      throws IOException {
    StringBuilder y = new StringBuilder();
    y.append("programme:\n")
        .append("  id: hostile\n")
        .append("  name: Fientligt program\n")
        .append("  vision: \"Ingen ska utsättas (ärende ")
        .append(Personnummer.dashed(plant("the programme's vision")))
        .append(")\"\n")
        .append("  municipality: Staden\n")
        .append("  disclosure_threshold: 3\n")
        .append("  reject_limit: ")
        .append(rejectLimit)
        .append("\n")
        .append("districts:\n")
        .append("  - name: Norr\n")
        .append("    aliases: [Norra, \"")
        .append(plant("a district alias in the programme"))
        .append("\"]\n")
        .append("  - Söder\n")
        .append("sources:\n");
    source(y, "csvkalla", "csv/*/*.csv", "", headerAlias);
    source(y, "xlsxkalla", "xlsx/*.xlsx", sheet, headerAlias);
    source(y, "xlskalla", "xls/*.xls", sheet, headerAlias);
    if (damaged) {
      source(y, "trasig", "trasig/*.xlsx", "", headerAlias);
    }
    y.append("target_groups:\n")
        .append("  - id: g\n")
        .append("    name: Kvinnor\n")
        .append("    goals:\n")
        .append("      - id: m\n")
        .append("        text: Stöd till alla\n")
        .append("        indicators:\n");
    for (String s : List.of("csvkalla", "xlsxkalla", "xlskalla")) {
      y.append("          - id: ")
          .append(s)
          .append("-personer\n")
          .append("            name: Personer i ")
          .append(s)
          .append("\n")
          .append("            description: \"Personer, t.ex. ")
          .append(Personnummer.shortDashed(plant("an indicator description")))
          .append("\"\n")
          .append("            kind: persons\n")
          .append("            source: ")
          .append(s)
          .append("\n")
          .append("            targets: [{year: 2014, value: 10}]\n")
          .append("          - id: ")
          .append(s)
          .append("-ja\n")
          .append("            name: Svar ja i ")
          .append(s)
          .append("\n")
          .append("            kind: count\n")
          .append("            source: ")
          .append(s)
          .append("\n")
          .append("            filter: svar && notering != \"\"\n");
    }
    Files.writeString(dir.resolve("programme.yaml"), y.toString(), StandardCharsets.UTF_8);
  }

  private void source(StringBuilder y, String name, String path, String sheet, String alias) {
    y.append("  - name: ")
        .append(name)
        .append("\n")
        .append("    description: \"Utdrag, kontakt ")
        .append(Personnummer.short10(plant("a source description")))
        .append("\"\n")
        .append("    path: ")
        .append(path)
        .append("\n")
        .append(sheet)
        .append("    district: stadsdel\n")
        .append("    date: datum\n")
        .append("    person: person\n")
        .append("    columns:\n")
        .append("      - {name: stadsdel, type: district, headers: [Stadsdel]}\n")
        .append("      - {name: person, type: person_id, headers: [Personnummer]}\n")
        .append("      - {name: datum, type: date, headers: [Datum]}\n")
        .append("      - {name: antal, type: integer, headers: [Antal], required: false}\n")
        .append("      - {name: svar, type: boolean, headers: [Svar, \"")
        .append(alias)
        .append("\"], required: false}\n")
        .append("      - {name: notering, type: text, headers: [Notering], required: false}\n");
  }

  /** 96 good rows: six a month January to August 2014 in each district, twelve persons. */
  private List<String> goodRows(char sep) {
    List<String> rows = new ArrayList<>();
    for (int m = 1; m <= 8; m++) {
      for (int k = 0; k < 12; k++) {
        rows.add(
            String.join(
                String.valueOf(sep),
                k % 2 == 0 ? "Norr" : "Söder",
                person(k),
                String.format("2014-%02d-1%d", m, k % 10),
                "1",
                k % 3 == 0 ? "nej" : "ja",
                "x"));
      }
    }
    return rows;
  }

  /** The k-th person of the good rows (valid numbers in the person column, read as pseudonyms). */
  private String person(int k) {
    return Personnummer.dashed(Personnummer.of(String.format("197003%02d", k + 1), 200 + k));
  }

  private void workbook(Workbook wb, String name, String kind) throws IOException {
    Sheet sheet = wb.createSheet(plant("an " + kind + " sheet name"));
    int r = 0;
    text(
        sheet.createRow(r++),
        "Stadsdel",
        "Personnummer",
        "Datum",
        "Antal",
        "Svar",
        "Notering",
        plant("an " + kind + " header cell"));
    for (String line : goodRows(';')) {
      text(sheet.createRow(r++), line.split(";"));
    }
    // a date cell holding a personnummer typed as a number
    Row date = text(sheet.createRow(r++), "Norr", person(0), "", "1", "ja", "x");
    date.createCell(2)
        .setCellValue(Double.parseDouble(plant("an " + kind + " date cell (number)")));
    text(sheet.createRow(r++), "Norr", person(1), plant("an " + kind + " date cell (text)"), "1");
    Row bool = text(sheet.createRow(r++), "Norr", person(2), "2014-03-10", "1");
    bool.createCell(4).setCellValue(Double.parseDouble(plant("an " + kind + " boolean cell")));
    Row district = text(sheet.createRow(r++), "", person(3), "2014-03-10", "1");
    district
        .createCell(0)
        .setCellValue(Double.parseDouble(Personnummer.short10(plant("an " + kind + " district"))));
    text(
        sheet.createRow(r++),
        "Norr",
        person(4),
        "2014-03-10",
        Personnummer.dashed(plant("an " + kind + " integer cell")));
    Row note = text(sheet.createRow(r++), "Norr", person(5), "2014-03-10", "1", "ja");
    note.createCell(5).setCellValue(Double.parseDouble(plant("an " + kind + " text cell")));
    try (OutputStream out = Files.newOutputStream(file(name))) {
      wb.write(out);
    }
    wb.close();
  }

  private static Row text(Row row, String... cells) {
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
    return row;
  }

  private void write(String name, List<String> lines) throws IOException {
    Files.writeString(file(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private Path file(String name) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    return f;
  }
}
