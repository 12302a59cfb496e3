package rbs.app;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import rbs.samples.SampleGenerator;

/** {@code rbs sample}: writes a complete sample project (programme and generated extracts). */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description =
        "Write the kvinnofrid sample programme and generated extracts for all its sources and"
            + " districts into --out; the same seed gives the same files.")
final class SampleCommand implements Callable<Integer> {

  /** What the generator writes per row asked for, about (26 MB for 100,000 rows). */
  private static final long BYTES_PER_ROW = 270;

  @Spec CommandSpec spec;

  @ParentCommand Rbs rbs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write into.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "N",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--rows",
      paramLabel = "N",
      description =
          "Approximate number of case-event rows per year (default: about 6,000, as in the committed sample).")
  Integer rows;

  @Option(
      names = "--years",
      defaultValue = "2012-2014",
      paramLabel = "FROM-TO",
      description = "Years to generate (default: ${DEFAULT-VALUE}).")
  String years;

  @Override
  public Integer call() {
    String[] parts = years.split("-", -1);
    int from;
    int to;
    try {
      from = Integer.parseInt(parts[0].trim());
      to = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : from;
    } catch (NumberFormatException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--years: expected FROM-TO such as 2012-2014, got '" + years + "'");
    }
    if (parts.length > 2 || to < from || from < 1900) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--years: expected FROM-TO such as 2012-2014, got '" + years + "'");
    }
    if (rows != null && rows < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--rows: expected a number of rows of at least 1, got " + rows);
    }
    OptionalInt elsewhere =
        rbs.launch()
            .elsewhereIfLarge(rows == null ? 0 : rows * BYTES_PER_ROW, spec.commandLine().getErr());
    if (elsewhere.isPresent()) {
      return elsewhere.getAsInt();
    }
    int cases =
        rows == null ? SampleGenerator.Options.defaults().casesPerYear() : Math.max(14, rows / 3);
    SampleGenerator.generate(out, new SampleGenerator.Options(seed, cases, from, to));
    spec.commandLine()
        .getOut()
        .printf(
            "sample written to %s; try: rbs report %s --period %d-T2%n",
            out, shellWord(out.resolve("programme.yaml").toString()), to);
    return ExitCodes.OK;
  }

  /** The path as one word for a POSIX shell, so the suggested command can be pasted as it is. */
  static String shellWord(String path) {
    if (path.matches("[A-Za-z0-9_./:@%+=,-]+")) {
      return path;
    }
    return "'" + path.replace("'", "'\\''") + "'";
  }
}
