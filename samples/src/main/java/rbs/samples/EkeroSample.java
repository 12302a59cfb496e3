package rbs.samples;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the Ekerö sample (seed 003): a municipality without districts, followed up once a year,
 * whose counts are tiny. The 2015 register has exactly the seed's figures — nine persons, 13
 * accompanying children, two granted an emergency flat, two protected or other housing — and three
 * emergency flats set up; 2014 is a smaller made-up year to compare with. Dates and personnummer
 * are random; the same seed gives the same bytes.
 */
public final class EkeroSample {

  /** The committed sample's seed. */
  public static final long SEED = 3;

  /**
   * One year's register: per person the accompanying children, whether FREDA was used, and the
   * housing decision ("" for none).
   */
  private record Year(
      int year,
      List<Integer> children,
      List<Boolean> freda,
      List<String> housing,
      List<Integer> flats) {}

  static final List<Year> YEARS =
      List.of(
          new Year(
              2014,
              List.of(2, 0, 1, 3, 0, 1),
              List.of(true, false, true, true, false, true),
              List.of("akutlägenhet", "", "", "skyddat boende", "", ""),
              List.of()),
          new Year(
              2015,
              List.of(3, 1, 0, 2, 2, 0, 1, 3, 1),
              List.of(true, true, true, true, true, true, true, true, true),
              List.of(
                  "akutlägenhet",
                  "",
                  "skyddat boende",
                  "",
                  "akutlägenhet",
                  "",
                  "",
                  "annan boendeform",
                  ""),
              List.of(2, 1)));

  private EkeroSample() {}

  public static void main(String[] args) {
    generate(Path.of(args.length > 0 ? args[0] : "samples/ekero"), SEED);
  }

  /** Writes {@code programme.yaml} and {@code data/…} into {@code outDir}. */
  public static void generate(Path outDir, long seed) {
    SampleResources.copyProgramme("ekero", outDir);
    SplittableRandom r = new SplittableRandom(seed);
    Path data = outDir.resolve("data");
    TableFile flats = TableFile.workbook(data.resolve("lagenheter.xlsx"), "Akutlägenheter");
    flats.row("Datum", "Antal lägenheter");
    for (Year y : YEARS) {
      register(data, y, r.split());
      for (int n : y.flats()) {
        flats.row(LocalDate.of(y.year(), 3 + r.nextInt(9), 1 + r.nextInt(28)), (long) n);
      }
    }
    flats.write();
  }

  private static void register(Path data, Year y, SplittableRandom r) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < y.children().size(); i++) {
      LocalDate date = LocalDate.of(y.year(), 1, 1).plusDays(r.nextInt(365));
      String person = Persons.personnummer(Persons.born(r, y.year(), 19, 70), i);
      rows.add(
          new Object[] {
            date,
            Persons.written(person, false),
            (long) y.children().get(i),
            y.freda().get(i),
            y.housing().get(i)
          });
    }
    rows.sort(Comparator.comparing(row -> (LocalDate) row[0]));
    TableFile f =
        TableFile.csv(
            data.resolve("utredningar/utredningar-" + y.year() + ".csv"),
            new TableFile.CsvStyle(
                Charset.forName("windows-1252"),
                false,
                ';',
                DateTimeFormatter.ISO_LOCAL_DATE,
                "J",
                "N"));
    f.row("Inkom", "Personnummer", "Medföljande barn", "FREDA", "Beslut om boende");
    rows.forEach(f::row);
    f.write();
  }
}
