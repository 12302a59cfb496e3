package rbs.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Case events of one district and year: each case is made known (aktualisering), most are offered
 * support, many start it, and support goes on for some months; some persons come back the next year
 * and a few move between districts.
 */
final class Insatser {

  private Insatser() {}

  static void write(
      Path data,
      int d,
      int year,
      SampleGenerator.Options options,
      SplittableRandom r,
      List<List<String>> carried,
      boolean last) {
    TableFile f = SampleGenerator.insatserFile(data, d, year, last, options.casesPerYear());
    boolean shortIds = d % 4 == 0;
    f.row(
        d % 2 == 0 ? "Stadsdel" : "SDF",
        d % 3 == 0 ? "Pnr" : "Personnummer",
        d % 2 == 0 ? "Datum" : "Händelsedatum",
        "Målgrupp",
        "Händelse",
        "Vårdnadshavare",
        "Samtycke barnstöd");
    int cases = (int) Math.round(options.casesPerYear() / 14.0 * SampleGenerator.WEIGHT[d]);
    List<String> returning = carried.get(d);
    List<String> nextYear = new java.util.ArrayList<>();
    int row = 0;
    for (int c = 0; c < cases; c++) {
      double g = r.nextDouble();
      String group = g < 0.55 ? "kvinna" : g < 0.85 ? "barn" : "man";
      String id;
      if (!returning.isEmpty() && r.nextDouble() < 0.15) {
        id = returning.remove(returning.size() - 1);
      } else {
        LocalDate born =
            group.equals("barn") ? Persons.born(r, year, 2, 16) : Persons.born(r, year, 19, 70);
        id = Persons.personnummer(born, r.nextInt(100));
      }
      if (r.nextDouble() < 0.1) {
        nextYear.add(id);
      }
      if (r.nextDouble() < 0.02) {
        carried.get((d + 1) % SampleGenerator.DISTRICTS.length).add(id); // moves
      }
      int start = 1 + r.nextInt(12);
      String spelling =
          r.nextDouble() < 0.5 ? SampleGenerator.SPELLINGS[d] : SampleGenerator.DISTRICTS[d];
      String written = Persons.written(id, shortIds);
      boolean man = group.equals("man");
      Boolean guardian = man ? r.nextDouble() < 0.6 : null;
      Boolean consent = (man && guardian) ? r.nextDouble() < 0.55 : null;
      row =
          event(
              f,
              d,
              year,
              start,
              r,
              spelling,
              written,
              group,
              "aktualisering",
              guardian,
              consent,
              last,
              row);
      if (r.nextDouble() < 0.75) {
        int offered = Math.min(12, start + r.nextInt(2));
        row =
            event(
                f,
                d,
                year,
                offered,
                r,
                spelling,
                written,
                group,
                "erbjuden insats",
                guardian,
                consent,
                last,
                row);
        if (r.nextDouble() < 0.7) {
          int begun = Math.min(12, offered + r.nextInt(3));
          row =
              event(
                  f,
                  d,
                  year,
                  begun,
                  r,
                  spelling,
                  written,
                  group,
                  "påbörjad insats",
                  guardian,
                  consent,
                  last,
                  row);
          int months = r.nextInt(4);
          for (int m = 1; m <= months && begun + m <= 12; m++) {
            row =
                event(
                    f,
                    d,
                    year,
                    begun + m,
                    r,
                    spelling,
                    written,
                    group,
                    "pågående insats",
                    guardian,
                    consent,
                    last,
                    row);
          }
        }
      }
    }
    carried.set(d, nextYear);
    if (last) {
      flaw(f, d, year);
    }
    f.write();
  }

  private static int event(
      TableFile f,
      int d,
      int year,
      int month,
      SplittableRandom r,
      String district,
      String id,
      String group,
      String what,
      Boolean guardian,
      Boolean consent,
      boolean last,
      int row) {
    LocalDate date = LocalDate.of(year, month, 1).plusDays(r.nextInt(28));
    if (!SampleGenerator.delivered(d, date, last)) {
      return row;
    }
    Object when =
        d % 4 == 3
            ? date + " " + String.format("%02d:%02d", 8 + r.nextInt(9), r.nextInt(60))
            : date;
    f.row(district, id, when, group, what, guardian, consent);
    return row + 1;
  }

  /** One deliberate bad row in some districts' last-year files, for rejects.csv. */
  private static void flaw(TableFile f, int d, int year) {
    LocalDate date = LocalDate.of(year, 3, 14);
    // a valid personnummer, so that each row is rejected for its one intended flaw
    String valid = Persons.written(Persons.personnummer(LocalDate.of(1980, 1, 1), 23), false);
    switch (d) {
      case 7 ->
          // Södermalm: a personnummer with the wrong check digit
          f.row("Södermalm", "19800101-1235", date, "kvinna", "aktualisering", null, null);
      case 10 ->
          // Farsta: a district spelling nobody declared
          f.row(
              "Farsta stadsdelsområde Söder",
              "19800101-1234",
              date,
              "kvinna",
              "aktualisering",
              null,
              null);
      case 3 ->
          // Bromma: a date that is none
          f.row("Bromma sdf", valid, "2014-13-45", "kvinna", "aktualisering", null, null);
      case 4 ->
          // Kungsholmen: the target group left empty
          f.row("Kungsholmen", valid, date, null, "aktualisering", null, null);
      default -> {}
    }
  }
}
