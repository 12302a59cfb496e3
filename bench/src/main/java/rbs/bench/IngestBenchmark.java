package rbs.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import rbs.definition.ProgrammeReader;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.source.SourceReader;

/**
 * Reads a generated windows-1252 ';' CSV extract of N rows (default 10 million) through the source
 * reader and prints rows/s and peak heap; parsing alone with FastCSV (the reader's parser) and with
 * Commons CSV (the one before) is timed separately so the figures tell where the time goes. Run:
 * {@code bench/run IngestBenchmark [--rows N]} (-Xmx256m).
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    long rows = 10_000_000;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--rows")) {
        rows = Long.parseLong(args[i + 1].replace("_", ""));
      }
    }
    Path dir = Files.createTempDirectory("rbs-ingest-");
    Path csv = dir.resolve("data/extract.csv");
    long t0 = System.nanoTime();
    write(csv, rows);
    System.out.printf(
        "generated %,d rows (%,d MB) in %.1f s%n",
        rows, Files.size(csv) >> 20, (System.nanoTime() - t0) / 1e9);
    Files.writeString(dir.resolve("p.yaml"), PROGRAMME, StandardCharsets.UTF_8);
    Programme programme = ProgrammeReader.read(dir.resolve("p.yaml"));

    Heap.resetPeaks();
    long t1 = System.nanoTime();
    long parsed = 0;
    try (Reader in = Files.newBufferedReader(csv, Charset.forName("windows-1252"));
        CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(in)) {
      for (CSVRecord r : p) {
        parsed += r.size();
      }
    }
    double parseSeconds = (System.nanoTime() - t1) / 1e9;

    // the parser the source reader uses, alone (same decoding)
    long t3 = System.nanoTime();
    long fastParsed = 0;
    try (Reader in = Files.newBufferedReader(csv, Charset.forName("windows-1252"));
        CsvReader<CsvRecord> p = CsvReader.builder().fieldSeparator(';').ofCsvRecord(in)) {
      for (CsvRecord r : p) {
        fastParsed += r.getFieldCount();
      }
    }
    double fastSeconds = (System.nanoTime() - t3) / 1e9;

    Heap.resetPeaks();
    long[] count = {0};
    long t2 = System.nanoTime();
    InputFile file =
        SourceReader.forProgramme(programme)
            .feed(programme.sources().get(0), row -> count[0]++, reject -> {})
            .get(0);
    double readSeconds = (System.nanoTime() - t2) / 1e9;
    System.out.printf(
        "Commons CSV parse only: %.1f s, %,.0f rows/s (%,d cells)%n",
        parseSeconds, rows / parseSeconds, parsed);
    System.out.printf(
        "FastCSV parse only (the source reader's parser): %.1f s, %,.0f rows/s (%,d cells)%n",
        fastSeconds, rows / fastSeconds, fastParsed);
    System.out.printf(
        "SourceReader (detect encoding + SHA-256 pass, parse, typed values, districts, personnummer"
            + " check and keyed pseudonym): %.1f s, %,.0f rows/s, %,d rows used, %,d rejected%n",
        readSeconds, rows / readSeconds, file.rowsUsed(), file.rowsRejected());
    System.out.printf(
        "peak heap during the read: %,d MB of max %,d MB%n",
        Heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    Files.delete(csv);
  }

  private static void write(Path csv, long rows) throws IOException {
    Files.createDirectories(csv.getParent());
    SplittableRandom r = new SplittableRandom(1);
    String[] districts = {"Södermalm", "Södermalms sdf", "EÅV", "Bromma", "Farsta sdf"};
    String[] events = {"aktualisering", "erbjuden insats", "påbörjad insats"};
    try (BufferedWriter w = Files.newBufferedWriter(csv, Charset.forName("windows-1252"))) {
      w.write("Stadsdel;Personnummer;Datum;Händelse;Dygn;Belopp\r\n");
      for (long i = 0; i < rows; i++) {
        int person = r.nextInt(300_000);
        String base =
            String.format(
                "19%02d%02d%02d%03d",
                40 + person % 60, 1 + person % 12, 1 + person % 28, person % 1000);
        w.write(districts[r.nextInt(districts.length)]);
        w.write(';');
        w.write(base.substring(0, 8) + "-" + base.substring(8) + luhn(base.substring(2)));
        w.write(";2014");
        w.write(String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)));
        w.write(';');
        w.write(events[r.nextInt(3)]);
        w.write(';');
        w.write(Integer.toString(r.nextInt(31)));
        w.write(';');
        w.write(r.nextInt(2000) + " " + r.nextInt(1000) + "," + r.nextInt(100));
        w.write("\r\n");
      }
    }
  }

  private static int luhn(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  private static final String PROGRAMME =
      """
      programme: {id: bench, name: Bench, municipality: Stockholm}
      districts:
        - {name: Södermalm}
        - {name: Enskede-Årsta-Vantör, aliases: [EÅV]}
        - {name: Bromma}
        - {name: Farsta}
      sources:
        - name: insatser
          path: data/extract.csv
          district: stadsdel
          date: datum
          person: person
          columns:
            - {name: stadsdel, type: district, headers: [Stadsdel]}
            - {name: person, type: person_id, headers: [Personnummer]}
            - {name: datum, type: date, headers: [Datum]}
            - {name: handelse, type: text, headers: [Händelse]}
            - {name: dygn, type: integer, headers: [Dygn]}
            - {name: belopp, type: decimal, headers: [Belopp]}
      target_groups:
        - id: g
          name: G
          goals:
            - id: m
              text: M
              indicators: [{id: i, name: I, kind: persons, source: insatser}]
      """;
}
