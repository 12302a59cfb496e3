package rbs.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the shared-reception sample (seeds 000 and 001): the programme of the joint reception for
 * people who use violence against someone close, run by Östermalm, Bromma, Kungsholmen and
 * Norrmalm, with the reception's visit register (2015, the year it opened) and the development
 * funds' ledger (2014 and 2015). The same seed gives the same bytes.
 */
public final class MottagningSample {

  /** The four districts, in the programme's order, and each one's share of the reception's work. */
  static final String[] DISTRICTS = {"Östermalm", "Bromma", "Kungsholmen", "Norrmalm"};

  static final double[] WEIGHT = {0.30, 0.30, 0.22, 0.18};

  /** The committed sample's seed. */
  public static final long SEED = 16;

  /** First contacts in the reception's first year, over the four districts. */
  static final int CONTACTS = 96;

  /**
   * The coordinator's monthly salary cost: 12 months make the 696 tkr the application asked for.
   */
  static final BigDecimal COORDINATOR_MONTH = new BigDecimal("58000.00");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private MottagningSample() {}

  public static void main(String[] args) {
    generate(Path.of(args.length > 0 ? args[0] : "samples/mottagning"), SEED);
  }

  /** Writes {@code programme.yaml} and {@code data/…} into {@code outDir}. */
  public static void generate(Path outDir, long seed) {
    SampleResources.copyProgramme("mottagning", outDir);
    SplittableRandom root = new SplittableRandom(seed);
    Path data = outDir.resolve("data");
    reception(data, 2015, root.split());
    ledger(data, 2014, root.split());
    ledger(data, 2015, root.split());
  }

  /** One event of the visit register. */
  private record Visit(LocalDate date, int district, String person, String event) {}

  /**
   * The reception's register for its first year: each person's first contact, for most a started
   * treatment one to six weeks later, treatment sessions every other week and for many a finished
   * treatment. A few people move between the four districts while in treatment: their later
   * sessions are in the new district (so they count in both, and once in the joint reception).
   */
  static void reception(Path data, int year, SplittableRandom r) {
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < CONTACTS; i++) {
      int district = pick(r);
      LocalDate contact = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
      String person = Persons.personnummer(Persons.born(r, year, 20, 65), i);
      visits.add(new Visit(contact, district, person, "kontakt"));
      if (r.nextDouble() < 0.72) {
        LocalDate started = contact.plusDays(7 + r.nextInt(36));
        visits.add(new Visit(started, district, person, "påbörjad behandling"));
        // sessions every other week; one in ten moves to another of the four districts meanwhile
        int sessions = 3 + r.nextInt(10);
        int moveAt = r.nextDouble() < 0.1 ? 1 + r.nextInt(sessions) : sessions + 1;
        int now = district;
        LocalDate date = started;
        for (int k = 1; k <= sessions; k++) {
          date = date.plusDays(10 + r.nextInt(9));
          if (k == moveAt) {
            now = (district + 1 + r.nextInt(3)) % 4;
          }
          visits.add(new Visit(date, now, person, "samtal"));
        }
        if (r.nextDouble() < 0.6) {
          visits.add(new Visit(date.plusDays(7 + r.nextInt(14)), now, person, "avslutad"));
        }
      }
    }
    visits.removeIf(v -> v.date().getYear() != year);
    visits.sort(Comparator.comparing(Visit::date).thenComparing(Visit::person));
    TableFile f =
        TableFile.csv(
            data.resolve("mottagning/mottagning-" + year + ".csv"),
            new TableFile.CsvStyle(
                StandardCharsets.UTF_8, false, ',', DateTimeFormatter.ISO_LOCAL_DATE, "Ja", "Nej"));
    f.row("Datum", "Stadsdel", "Personnummer", "Händelse");
    for (Visit v : visits) {
      f.row(v.date(), DISTRICTS[v.district()], Persons.written(v.person(), false), v.event());
    }
    f.write();
  }

  /**
   * The development funds' ledger: the coordinator's salary every month (booked on Östermalm, which
   * applied for the four), training and supervision in each district, premises and method support
   * for the reception from 2015, and city-wide training without a district.
   */
  static void ledger(Path data, int year, SplittableRandom r) {
    List<String[]> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      LocalDate end = LocalDate.of(year, m, 1).plusMonths(1).minusDays(1);
      rows.add(row(end, "Östermalms sdf", "samordnare", COORDINATOR_MONTH));
      if (year >= 2015) {
        rows.add(row(end, "Kungsholmens sdf", "lokal", amount(r, 18_000, 4_000)));
        rows.add(row(end, DISTRICTS[r.nextInt(4)], "behandlare", amount(r, 42_000, 6_000)));
      }
    }
    for (int d = 0; d < DISTRICTS.length; d++) {
      int courses = 2 + r.nextInt(3);
      for (int c = 0; c < courses; c++) {
        LocalDate date = LocalDate.of(year, 2 + r.nextInt(10), 1 + r.nextInt(28));
        rows.add(row(date, DISTRICTS[d], "utbildning", amount(r, 35_000, 15_000)));
      }
      LocalDate supervision = LocalDate.of(year, 3 + r.nextInt(9), 1 + r.nextInt(28));
      rows.add(row(supervision, DISTRICTS[d], "handledning", amount(r, 22_000, 8_000)));
    }
    // city-wide training (the social services administration): no district, the whole's only
    for (int c = 0; c < 3; c++) {
      LocalDate date = LocalDate.of(year, 2 + 3 * c + r.nextInt(3), 1 + r.nextInt(28));
      rows.add(row(date, "", "utbildning", amount(r, 120_000, 40_000)));
    }
    rows.sort(Comparator.comparing((String[] a) -> a[0]).thenComparing(a -> a[1] + a[2] + a[3]));
    TableFile f =
        TableFile.csv(
            data.resolve("medel/medel-" + year + ".csv"),
            new TableFile.CsvStyle(
                WINDOWS_1252, false, ';', DateTimeFormatter.ISO_LOCAL_DATE, "J", "N"));
    f.row("Bokföringsdatum", "Stadsdel", "Aktivitet", "Belopp (kr)");
    for (String[] row : rows) {
      f.row((Object[]) row);
    }
    f.write();
  }

  private static String[] row(LocalDate date, String district, String activity, BigDecimal kr) {
    // the ledger writes kronor with a decimal comma and ören
    String amount = kr.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    return new String[] {date.toString(), district, activity, amount};
  }

  /** An amount around {@code mean} kronor (± spread), in whole kronor and ören. */
  private static BigDecimal amount(SplittableRandom r, int mean, int spread) {
    long ore = (mean - spread + r.nextInt(2 * spread + 1)) * 100L + r.nextInt(100);
    return BigDecimal.valueOf(ore, 2);
  }

  private static int pick(SplittableRandom r) {
    double x = r.nextDouble();
    for (int d = 0; d < WEIGHT.length - 1; d++) {
      x -= WEIGHT[d];
      if (x < 0) {
        return d;
      }
    }
    return WEIGHT.length - 1;
  }
}
