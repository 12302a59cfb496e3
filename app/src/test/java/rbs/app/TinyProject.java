package rbs.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-district programme with one CSV source, small enough to write in a test. */
final class TinyProject {

  private TinyProject() {}

  /**
   * Writes {@code p.yaml} (source path and filter as given) and {@code s.csv} (48 rows, January to
   * August 2014, event "x" or "7") into the folder.
   */
  static Path write(Path dir, String path, String filter) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("p.yaml"),
        String.join(
            "\n",
            "programme: {id: p, name: P, municipality: Staden}",
            "districts: [Norr, Söder]",
            "sources:",
            "  - name: s",
            "    path: " + path,
            "    district: stadsdel",
            "    date: datum",
            "    columns:",
            "      - {name: stadsdel, type: district}",
            "      - {name: datum, type: date}",
            "      - {name: handelse, type: text}",
            "target_groups:",
            "  - id: g",
            "    name: G",
            "    goals:",
            "      - id: m",
            "        text: M",
            "        indicators:",
            "          - id: i",
            "            name: I",
            "            kind: count",
            "            source: s",
            "            filter: " + filter,
            ""),
        StandardCharsets.UTF_8);
    StringBuilder csv = new StringBuilder("stadsdel;datum;handelse\n");
    for (int m = 1; m <= 8; m++) {
      for (int k = 0; k < 6; k++) {
        csv.append(k % 2 == 0 ? "Norr" : "Söder")
            .append(";2014-0")
            .append(m)
            .append("-10;")
            .append(k < 3 ? "x" : "7")
            .append('\n');
      }
    }
    Files.writeString(dir.resolve("s.csv"), csv.toString(), StandardCharsets.UTF_8);
    return dir.resolve("p.yaml");
  }
}
