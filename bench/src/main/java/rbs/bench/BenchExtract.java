package rbs.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The compute benchmark's input: the case events of the kvinnofrid programme's largest source
 * (insatser) for 2013–2014, one UTF-8 ';' file per district and year as districts deliver them,
 * each person with a valid personnummer, a home district (3 % of their rows elsewhere) and a target
 * group; and the programme that reads them (its eight person-counting aggregates). The same seed
 * gives the same files.
 */
final class BenchExtract {

  static final List<String> DISTRICTS =
      List.of(
          "Rinkeby-Kista",
          "Spånga-Tensta",
          "Hässelby-Vällingby",
          "Bromma",
          "Kungsholmen",
          "Norrmalm",
          "Östermalm",
          "Södermalm",
          "Enskede-Årsta-Vantör",
          "Skarpnäck",
          "Farsta",
          "Älvsjö",
          "Hägersten-Liljeholmen",
          "Skärholmen");

  static final String HEADER = "stadsdel;person;datum;malgrupp;handelse;vardnadshavare;samtycke";

  private static final String[] GROUPS = {"kvinna", "barn", "man"};
  private static final String[] EVENTS = {"aktualisering", "erbjuden insats", "påbörjad insats"};

  /** The indicators' filters, as the programme declares them (CEL), and their ids. */
  static final List<String[]> FILTERS =
      List.of(
          new String[] {"kvinnor-kanda", "malgrupp == \"kvinna\""},
          new String[] {
            "kvinnor-erbjudna", "malgrupp == \"kvinna\" && handelse == \"erbjuden insats\""
          },
          new String[] {
            "kvinnor-deltagit", "malgrupp == \"kvinna\" && handelse == \"påbörjad insats\""
          },
          new String[] {"barn-erbjudna", "malgrupp == \"barn\" && handelse == \"erbjuden insats\""},
          new String[] {"man-erbjudna", "malgrupp == \"man\" && handelse == \"erbjuden insats\""},
          new String[] {"man-deltagit", "malgrupp == \"man\" && handelse == \"påbörjad insats\""},
          new String[] {"man-samtycke", "malgrupp == \"man\" && vardnadshavare && samtycke"},
          new String[] {"man-vardnadshavare", "malgrupp == \"man\" && vardnadshavare"});

  private BenchExtract() {}

  /** The folder of an extract of this size (generated when missing). */
  static Path ensure(Path root, long rows, int persons) throws IOException {
    Path dir = root.resolve("insatser-" + rows + "-" + persons);
    if (Files.exists(dir.resolve("programme.yaml"))) {
      return dir;
    }
    Path tmp = root.resolve("insatser-" + rows + "-" + persons + ".tmp");
    if (Files.exists(tmp)) {
      try (var old = Files.walk(tmp)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(tmp.resolve("data"));
    long t = System.nanoTime();
    generate(tmp.resolve("data"), rows, persons);
    Files.writeString(tmp.resolve("programme.yaml"), programme(), StandardCharsets.UTF_8);
    Files.move(tmp, dir);
    System.out.printf(
        Locale.ROOT,
        "generated %,d rows in %s (%.1f s)%n",
        rows,
        dir,
        (System.nanoTime() - t) / 1e9);
    return dir;
  }

  private static void generate(Path data, long rows, int persons) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    String[] ids = new String[persons];
    for (int p = 0; p < persons; p++) {
      ids[p] = personnummer(p);
    }
    String[] days = new String[730];
    LocalDate d = LocalDate.of(2013, 1, 1);
    for (int i = 0; i < days.length; i++) {
      days[i] = d.plusDays(i).toString();
    }
    BufferedWriter[][] out = new BufferedWriter[DISTRICTS.size()][2];
    try {
      for (int k = 0; k < DISTRICTS.size(); k++) {
        for (int y = 0; y < 2; y++) {
          String name = String.format(Locale.ROOT, "insatser-%02d-%d.csv", k + 1, 2013 + y);
          out[k][y] = Files.newBufferedWriter(data.resolve(name), StandardCharsets.UTF_8);
          out[k][y].write(HEADER + "\n");
        }
      }
      StringBuilder line = new StringBuilder(128);
      for (long i = 0; i < rows; i++) {
        int p = random.nextInt(persons);
        int district =
            random.nextInt(100) < 3 ? random.nextInt(DISTRICTS.size()) : p % DISTRICTS.size();
        String group = GROUPS[(p / DISTRICTS.size()) % 3];
        boolean guardian = group.equals("man") && p % 2 == 0;
        int consent = random.nextInt(10);
        int day = random.nextInt(days.length);
        line.setLength(0);
        line.append(DISTRICTS.get(district))
            .append(';')
            .append(ids[p])
            .append(';')
            .append(days[day])
            .append(';')
            .append(group)
            .append(';')
            .append(EVENTS[random.nextInt(EVENTS.length)])
            .append(';')
            .append(guardian ? "true" : group.equals("man") ? "false" : "")
            .append(';')
            .append(!guardian || consent < 3 ? "" : consent < 7 ? "true" : "false")
            .append('\n');
        out[district][day < 365 ? 0 : 1].append(line);
      }
    } finally {
      for (BufferedWriter[] w : out) {
        for (BufferedWriter x : w) {
          if (x != null) {
            x.close();
          }
        }
      }
    }
  }

  /**
   * A made-up personnummer YYYYMMDD-NNNC with a valid check digit, distinct per person: the serial
   * from the person's number, the birth date from the thousands (37 is prime to the 25,550 days).
   */
  private static String personnummer(int person) {
    LocalDate born = LocalDate.of(1940, 1, 1).plusDays(person / 1000L * 37 % (365 * 70));
    String nine =
        String.format(
            Locale.ROOT,
            "%02d%02d%02d%03d",
            born.getYear() % 100,
            born.getMonthValue(),
            born.getDayOfMonth(),
            person % 1000);
    return born.getYear() / 100 + nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine);
  }

  private static int luhn(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  /** The programme over the extract: the eight person counts, one indicator each. */
  private static String programme() {
    StringBuilder y = new StringBuilder();
    y.append("programme: {id: bench, name: Bench, municipality: Stockholm}\n");
    y.append("districts:\n");
    DISTRICTS.forEach(d -> y.append("  - {name: ").append(d).append("}\n"));
    y.append(
        """
        sources:
          - name: insatser
            path: data/*.csv
            format: csv
            encoding: UTF-8
            delimiter: ";"
            district: stadsdel
            date: datum
            person: person
            columns:
              - {name: stadsdel, type: district}
              - {name: person, type: person_id}
              - {name: datum, type: date}
              - {name: malgrupp, type: text}
              - {name: handelse, type: text}
              - {name: vardnadshavare, type: boolean, required: false}
              - {name: samtycke, type: boolean, required: false}
        target_groups:
          - id: g
            name: G
            goals:
              - id: m
                text: M
                indicators:
        """);
    for (String[] f : FILTERS) {
      y.append("          - {id: ")
          .append(f[0])
          .append(", name: ")
          .append(f[0])
          .append(", kind: persons, source: insatser, filter: '")
          .append(f[1])
          .append("'}\n");
    }
    return y.toString();
  }
}
