package rbs.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rbs.definition.DataPaths;
import rbs.model.Programme;
import rbs.model.ReportPeriod;

/**
 * What a report run is asked to do: made with a {@link Builder}, so no call reads as a row of
 * unnamed booleans.
 *
 * <pre>{@code
 * ReportRequest.builder(programme, ReportPeriod.tertial(2014, 2), asOf)
 *     .outDir(out)
 *     .publish(true)
 *     .build();
 * }</pre>
 */
public final class ReportRequest {

  private final Path programme;
  private final ReportPeriod period;
  private final LocalDate asOf;
  private final Path outDir;
  private final List<String> districts;
  private final boolean publish;
  private final boolean pngCharts;
  private final boolean svgCharts;
  private final boolean exportStratsys;
  private final boolean dryRun;
  private final boolean strict;
  private final String toolVersion;
  private final DataPaths dataPaths;
  private final Optional<Programme> programmeAsRead;

  private ReportRequest(Builder b) {
    programme = b.programme;
    period = b.period;
    asOf = b.asOf;
    outDir = b.outDir;
    districts = List.copyOf(b.districts);
    publish = b.publish;
    pngCharts = b.pngCharts;
    svgCharts = b.svgCharts;
    exportStratsys = b.exportStratsys;
    dryRun = b.dryRun;
    strict = b.strict;
    toolVersion = b.toolVersion;
    dataPaths = b.dataPaths;
    programmeAsRead = b.programmeAsRead;
  }

  /**
   * A request for a report of a programme for a period, as of a date; everything else has a default
   * (see the {@link Builder}'s methods).
   *
   * @param asOf the date the run counts as today: fixes the as-of date printed in reports
   */
  public static Builder builder(Path programme, ReportPeriod period, LocalDate asOf) {
    return new Builder(programme, period, asOf);
  }

  public Path programme() {
    return programme;
  }

  public ReportPeriod period() {
    return period;
  }

  /** The date the run counts as today. */
  public LocalDate asOf() {
    return asOf;
  }

  public Path outDir() {
    return outDir;
  }

  /** Names or aliases of the units to write workbooks for; empty means all. */
  public List<String> districts() {
    return districts;
  }

  /** Withhold small counts (disclosure control) and mark the outputs as publishable. */
  public boolean publish() {
    return publish;
  }

  /** Also write every chart as PNG. */
  public boolean pngCharts() {
    return pngCharts;
  }

  /** Also write every chart as SVG, for print at any size. */
  public boolean svgCharts() {
    return svgCharts;
  }

  /** Also write the published figures for Stratsys's import (a published report only). */
  public boolean exportStratsys() {
    return exportStratsys;
  }

  /** Read and compute but write nothing. */
  public boolean dryRun() {
    return dryRun;
  }

  /** Treat warnings as errors. */
  public boolean strict() {
    return strict;
  }

  /** Recorded in the manifest and workbook properties. */
  public String toolVersion() {
    return toolVersion;
  }

  /** Where the programme's sources may be read from. */
  public DataPaths dataPaths() {
    return dataPaths;
  }

  /**
   * The programme as the caller already read it from {@link #programme()} with {@link
   * #dataPaths()}; when empty, the job reads it.
   */
  public Optional<Programme> programmeAsRead() {
    return programmeAsRead;
  }

  /** Builds a {@link ReportRequest}; each setting starts at its default. */
  public static final class Builder {

    private final Path programme;
    private final ReportPeriod period;
    private final LocalDate asOf;
    private Path outDir = Path.of("out");
    private List<String> districts = List.of();
    private boolean publish;
    private boolean pngCharts;
    private boolean svgCharts;
    private boolean exportStratsys;
    private boolean dryRun;
    private boolean strict;
    private String toolVersion = "dev";
    private DataPaths dataPaths = DataPaths.programmeFolderOnly();
    private Optional<Programme> programmeAsRead = Optional.empty();

    private Builder(Path programme, ReportPeriod period, LocalDate asOf) {
      this.programme = Objects.requireNonNull(programme, "programme");
      this.period = Objects.requireNonNull(period, "period");
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** The output folder (default {@code out}). */
    public Builder outDir(Path dir) {
      this.outDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The units to write workbooks for, by name or alias (default: all). */
    public Builder districts(List<String> names) {
      this.districts = List.copyOf(names);
      return this;
    }

    /** A report for publication (default: internal). */
    public Builder publish(boolean publish) {
      this.publish = publish;
      return this;
    }

    /** Also write the charts as PNG (default: no). */
    public Builder pngCharts(boolean pngCharts) {
      this.pngCharts = pngCharts;
      return this;
    }

    /** Also write the Stratsys import file (default: no; needs {@link #publish}). */
    public Builder exportStratsys(boolean exportStratsys) {
      this.exportStratsys = exportStratsys;
      return this;
    }

    /** Also write the charts as SVG (default: no). */
    public Builder svgCharts(boolean svgCharts) {
      this.svgCharts = svgCharts;
      return this;
    }

    /** Read and compute only (default: no). */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** Fail on warnings (default: no). */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** The version recorded in the outputs (default {@code dev}). */
    public Builder toolVersion(String version) {
      this.toolVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /** Where sources may be read from (default: the programme's folder only). */
    public Builder dataPaths(DataPaths paths) {
      this.dataPaths = Objects.requireNonNull(paths, "paths");
      return this;
    }

    /**
     * The programme as the caller read it (with {@code ProgrammeReader.read(programme,
     * dataPaths)}), so that the job need not read it again (default: the job reads it).
     */
    public Builder programmeAsRead(Programme programme) {
      this.programmeAsRead = Optional.of(programme);
      return this;
    }

    public ReportRequest build() {
      return new ReportRequest(this);
    }
  }
}
