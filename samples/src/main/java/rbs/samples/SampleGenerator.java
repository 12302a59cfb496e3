package rbs.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes the kvinnofrid sample project: the programme and, for its 14 districts and every year,
 * extracts of all five sources in the mix of formats districts deliver, with a few deliberate
 * flaws. The same options give the same files.
 */
public final class SampleGenerator {

  /**
   * What to generate: the random seed, the volume and the years.
   *
   * @param casesPerYear case-system cases started per year across all districts (each gives a few
   *     event rows)
   */
  public record Options(long seed, int casesPerYear, int firstYear, int lastYear) {
    public Options {
      if (casesPerYear < 14 || firstYear > lastYear) {
        throw new IllegalArgumentException(
            "need at least 14 cases a year and firstYear <= lastYear");
      }
    }

    /** The committed sample: seed 1, 2012–2014, about 2,000 cases a year. */
    public static Options defaults() {
      return new Options(1, 2000, 2012, 2014);
    }
  }

  static final String[] DISTRICTS = {
    "Rinkeby-Kista", "Spånga-Tensta", "Hässelby-Vällingby", "Bromma", "Kungsholmen", "Norrmalm",
    "Östermalm", "Södermalm", "Enskede-Årsta-Vantör", "Skarpnäck", "Farsta", "Älvsjö",
    "Hägersten-Liljeholmen", "Skärholmen"
  };

  /** How the districts' systems spell their names (aliases from the programme). */
  static final String[] SPELLINGS = {
    "Rinkeby-Kista sdf",
    "Spånga-Tensta",
    "Hasselby-Vallingby",
    "Bromma sdf",
    "Kungsholmens sdf",
    "Norrmalm",
    "Östermalms sdf",
    "Södermalm",
    "EÅV",
    "Skarpnäcks sdf",
    "Farsta sdf",
    "Alvsjo",
    "Hägersten-Liljeholmen",
    "Skärholmens sdf"
  };

  /** Relative size of each district's caseload; the small ones give counts below 5. */
  static final double[] WEIGHT = {
    1.6, 1.2, 1.3, 1.0, 0.6, 0.4, 0.5, 1.4, 1.5, 0.8, 1.0, 0.3, 1.1, 0.9
  };

  static final int MISSING_DISTRICT = 13; // Skärholmen delivers nothing for April of the last year

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private SampleGenerator() {}

  public static void main(String[] args) {
    Options d = Options.defaults();
    Path out = Path.of(args.length > 0 ? args[0] : "samples/kvinnofrid");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : d.seed();
    int cases = args.length > 2 ? Integer.parseInt(args[2]) : d.casesPerYear();
    generate(out, new Options(seed, cases, d.firstYear(), d.lastYear()));
  }

  /**
   * Writes {@code programme.yaml}, {@code stadsdelsmal.csv} and {@code data/…} into {@code outDir}.
   */
  public static void generate(Path outDir, Options options) {
    Objects.requireNonNull(outDir, "outDir");
    try {
      Files.createDirectories(outDir);
      // the programme and the districts' targets it names are written as committed
      for (String name : List.of("programme.yaml", "stadsdelsmal.csv")) {
        try (InputStream in =
            SampleGenerator.class.getResourceAsStream("/rbs/samples/kvinnofrid/" + name)) {
          Files.copy(
              Objects.requireNonNull(in, name),
              outDir.resolve(name),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path data = outDir.resolve("data");
    SplittableRandom root = new SplittableRandom(options.seed());
    List<List<String>> carried = new ArrayList<>();
    for (int d = 0; d < DISTRICTS.length; d++) {
      carried.add(new ArrayList<>());
    }
    for (int year = options.firstYear(); year <= options.lastYear(); year++) {
      boolean last = year == options.lastYear();
      SplittableRandom r = root.split();
      for (int d = 0; d < DISTRICTS.length; d++) {
        Insatser.write(data, d, year, options, r.split(), carried, last);
      }
      Others.anmalningar(data, year, options, r.split());
      Others.familjeratt(data, year, options, r.split());
      Others.skyddatBoende(data, year, r.split());
      Others.enkat(data, year, options, r.split());
    }
  }

  /** District {@code d}'s extract style: the four systems in use, by district. */
  static TableFile insatserFile(Path data, int d, int year, boolean last, int casesPerYear) {
    String slug = rbs.model.District.slugOf(DISTRICTS[d]);
    Path dir = data.resolve("insatser").resolve(slug);
    // one district still on the old Excel format, as long as its year fits in an .xls sheet
    if (d == 5 && last && casesPerYear < 30_000) {
      return TableFile.workbook(dir.resolve("insatser-" + year + ".xls"), "Blad1");
    }
    return switch (d % 4) {
      case 0 ->
          TableFile.csv(
              dir.resolve("insatser-" + year + ".csv"),
              new TableFile.CsvStyle(
                  WINDOWS_1252, false, ';', DateTimeFormatter.BASIC_ISO_DATE, "J", "N"));
      case 1 ->
          TableFile.csv(
              dir.resolve("insatser-" + year + ".csv"),
              new TableFile.CsvStyle(
                  StandardCharsets.UTF_8,
                  true,
                  ',',
                  DateTimeFormatter.ISO_LOCAL_DATE,
                  "Ja",
                  "Nej"));
      case 2 -> TableFile.workbook(dir.resolve("insatser-" + year + ".xlsx"), "Händelser");
      default ->
          TableFile.csv(
              dir.resolve("insatser-" + year + ".txt"),
              new TableFile.CsvStyle(
                  StandardCharsets.UTF_8, false, '\t', DateTimeFormatter.ISO_LOCAL_DATE, "1", "0"));
    };
  }

  static boolean delivered(int d, LocalDate date, boolean last) {
    return !(last && d == MISSING_DISTRICT && YearMonth.from(date).getMonthValue() == 4);
  }
}
