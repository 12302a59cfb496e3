package rbs.samples;

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
 * Writes the Skärholmen sample (seed 002): the relationship-violence team's register 2012–2014 (one
 * row per contact: direct support, referred on), its exit questionnaire, and the safety survey of
 * 2012 and 2014 (none in 2013: it is made every second year). The same seed gives the same bytes.
 */
public final class SkarholmenSample {

  /** The committed sample's seed. */
  public static final long SEED = 2;

  /** People making contact per year: the team starts in February 2012 and becomes known. */
  static final int[] CONTACTS = {110, 150, 170};

  static final int FIRST_YEAR = 2012;

  private SkarholmenSample() {}

  public static void main(String[] args) {
    generate(Path.of(args.length > 0 ? args[0] : "samples/skarholmen"), SEED);
  }

  /** Writes {@code programme.yaml} and {@code data/…} into {@code outDir}. */
  public static void generate(Path outDir, long seed) {
    SampleResources.copyProgramme("skarholmen", outDir);
    SplittableRandom root = new SplittableRandom(seed);
    Path data = outDir.resolve("data");
    for (int y = 0; y < CONTACTS.length; y++) {
      team(data, FIRST_YEAR + y, CONTACTS[y], root.split());
    }
    survey(data, 2012, 620, 0.07, 0.15, root.split());
    survey(data, 2014, 640, 0.05, 0.11, root.split());
  }

  /**
   * A year of the team's register and its exit questionnaire: each person one to three contacts;
   * about two in three get direct support at some contact, and of those about two in five are
   * referred on. About half of those whose contact ends answer the questionnaire.
   */
  static void team(Path data, int year, int people, SplittableRandom r) {
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> answers = new ArrayList<>();
    int firstDay = year == FIRST_YEAR ? 31 : 0; // the team starts in February 2012
    for (int i = 0; i < people; i++) {
      String person = Persons.personnummer(Persons.born(r, year, 18, 75), i);
      String role = r.nextDouble() < 0.8 ? "utsatt" : "utövare";
      boolean supported = r.nextDouble() < 0.66;
      boolean referred = supported && r.nextDouble() < 0.4;
      int contacts = 1 + r.nextInt(3);
      LocalDate date = LocalDate.of(year, 1, 1).plusDays(firstDay + r.nextInt(330 - firstDay));
      for (int c = 0; c < contacts; c++) {
        boolean last = c == contacts - 1;
        // support (and referral) is recorded at the last contact
        rows.add(
            new Object[] {
              date, Persons.written(person, c % 2 == 1), role, supported && last, referred && last
            });
        date = date.plusDays(3 + r.nextInt(20));
      }
      if (r.nextDouble() < 0.5) {
        boolean content = r.nextDouble() < (supported ? 0.9 : 0.7);
        answers.add(new Object[] {date, content, r.nextDouble() < 0.85});
      }
    }
    rows.removeIf(row -> ((LocalDate) row[0]).getYear() != year);
    rows.sort(Comparator.comparing(row -> (LocalDate) row[0]));
    TableFile f =
        TableFile.csv(
            data.resolve("teamet/teamet-" + year + ".csv"),
            new TableFile.CsvStyle(
                Charset.forName("windows-1252"),
                false,
                ';',
                DateTimeFormatter.ISO_LOCAL_DATE,
                "J",
                "N"));
    f.row("Kontaktdatum", "Personnummer", "Roll", "Direkt stöd", "Lotsad vidare");
    rows.forEach(f::row);
    f.write();
    answers.removeIf(row -> ((LocalDate) row[0]).getYear() != year);
    answers.sort(Comparator.comparing(row -> (LocalDate) row[0]));
    TableFile a =
        TableFile.csv(
            data.resolve("avslut/avslut-" + year + ".csv"),
            new TableFile.CsvStyle(
                StandardCharsets.UTF_8, true, ',', DateTimeFormatter.ISO_LOCAL_DATE, "Ja", "Nej"));
    a.row("Datum", "Nöjd med stödet", "Vet vart jag vänder mig");
    answers.forEach(a::row);
    a.write();
  }

  /** The safety survey's answers from Skärholmen's residents, in March and April of the year. */
  static void survey(
      Path data, int year, int respondents, double abused, double worried, SplittableRandom r) {
    TableFile f =
        TableFile.csv(
            data.resolve("trygghet/trygghet-" + year + ".csv"),
            new TableFile.CsvStyle(
                StandardCharsets.UTF_8, false, ',', DateTimeFormatter.ISO_LOCAL_DATE, "1", "0"));
    f.row("Svarsdatum", "Utsatt av närstående", "Orolig för våld i hemmet");
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < respondents; i++) {
      LocalDate date = LocalDate.of(year, 3, 1).plusDays(r.nextInt(61));
      boolean a = r.nextDouble() < abused;
      boolean w = a ? r.nextDouble() < 0.6 : r.nextDouble() < worried;
      rows.add(new Object[] {date, a, w});
    }
    rows.sort(Comparator.comparing(row -> (LocalDate) row[0]));
    rows.forEach(f::row);
    f.write();
  }
}
