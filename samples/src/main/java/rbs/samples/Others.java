package rbs.samples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/** The city-wide extracts: reports about children, family-law cases, protected housing, survey. */
final class Others {

  private Others() {}

  static void anmalningar(Path data, int year, SampleGenerator.Options o, SplittableRandom r) {
    TableFile f =
        TableFile.csv(
            data.resolve("anmalningar/anmalningar-" + year + ".csv"),
            new TableFile.CsvStyle(
                java.nio.charset.Charset.forName("windows-1252"),
                false,
                ';',
                DateTimeFormatter.ISO_LOCAL_DATE,
                "Ja",
                "Nej"));
    f.row("Stadsdel", "Barnets personnummer", "Inkom", "Utredning inledd");
    for (int d = 0; d < SampleGenerator.DISTRICTS.length; d++) {
      for (int m = 1; m <= 12; m++) {
        int n =
            (int)
                Math.round(
                    o.casesPerYear()
                        / 14.0
                        / 12
                        * 1.3
                        * SampleGenerator.WEIGHT[d]
                        * (0.7 + 0.6 * r.nextDouble()));
        for (int i = 0; i < n; i++) {
          LocalDate date = LocalDate.of(year, m, 1).plusDays(r.nextInt(28));
          if (!SampleGenerator.delivered(d, date, year == o.lastYear())) {
            continue;
          }
          String id = Persons.personnummer(Persons.born(r, year, 0, 17), r.nextInt(100));
          f.row(
              SampleGenerator.DISTRICTS[d], Persons.written(id, false), date, r.nextDouble() < 0.4);
        }
      }
    }
    f.write();
  }

  static void familjeratt(Path data, int year, SampleGenerator.Options o, SplittableRandom r) {
    TableFile f =
        TableFile.workbook(data.resolve("familjeratt/familjeratt-" + year + ".xls"), "Utredningar");
    f.row("Stadsdel", "Avslutad", "Typ av utredning", "Strukturerad hot- och säkerhetsbedömning");
    double share = 0.3 + 0.2 * (year - o.firstYear());
    String[] types = {"vårdnad", "boende", "umgänge"};
    for (int d = 0; d < SampleGenerator.DISTRICTS.length; d++) {
      // an .xls sheet holds 65,536 rows: large samples keep this (small) source within that
      double perYear = Math.min(o.casesPerYear() * 0.6, 50_000);
      int n = (int) Math.round(perYear / 14.0 * SampleGenerator.WEIGHT[d]);
      for (int i = 0; i < n; i++) {
        LocalDate date = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        f.row(
            SampleGenerator.DISTRICTS[d],
            date,
            types[r.nextInt(3)],
            r.nextDouble() < Math.min(0.95, share));
      }
    }
    f.write();
  }

  static void skyddatBoende(Path data, int year, SplittableRandom r) {
    TableFile f =
        TableFile.workbook(data.resolve("skyddat_boende/skyddat-boende-" + year + ".xlsx"), "Barn");
    f.row(
        "Placerande stadsdel",
        "Barnets personnummer",
        "Månad",
        "Antal dygn",
        "Barnomsorg eller skolgång");
    for (int d = 0; d < SampleGenerator.DISTRICTS.length; d++) {
      int children = (int) Math.round(8 * SampleGenerator.WEIGHT[d]);
      for (int c = 0; c < children; c++) {
        String id = Persons.personnummer(Persons.born(r, year, 1, 15), r.nextInt(100));
        int from = 1 + r.nextInt(12);
        int months = 1 + r.nextInt(4);
        boolean school = r.nextDouble() < 0.8;
        for (int m = from; m < from + months && m <= 12; m++) {
          f.row(
              SampleGenerator.DISTRICTS[d],
              Persons.written(id, false),
              LocalDate.of(year, m, 1),
              5 + r.nextInt(26),
              school);
        }
      }
    }
    f.write();
  }

  private static String respondent(double x) {
    return x < 0.6 ? "kvinna" : x < 0.85 ? "barn" : "man";
  }

  static void enkat(Path data, int year, SampleGenerator.Options o, SplittableRandom r) {
    TableFile f =
        TableFile.csv(
            data.resolve("enkat/enkat-" + year + ".csv"),
            new TableFile.CsvStyle(
                StandardCharsets.UTF_8, false, ',', DateTimeFormatter.ISO_LOCAL_DATE, "Ja", "Nej"));
    f.row(
        "Stadsdel",
        "Besvarad",
        "Respondent",
        "Känner mig trygg med insatserna",
        "Har kunskap om mina rättigheter");
    String[] answers = {"Ja", "Ja", "Ja", "Nej", "Vet ej", null};
    for (int d = 0; d < SampleGenerator.DISTRICTS.length; d++) {
      int n = (int) Math.round(o.casesPerYear() / 14.0 * 0.25 * SampleGenerator.WEIGHT[d]);
      for (int i = 0; i < n; i++) {
        LocalDate date = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        f.row(
            SampleGenerator.DISTRICTS[d],
            date,
            respondent(r.nextDouble()),
            answers[r.nextInt(6)],
            answers[r.nextInt(6)]);
      }
    }
    f.write();
  }
}
