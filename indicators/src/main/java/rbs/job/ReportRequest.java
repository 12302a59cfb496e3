package rbs.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import rbs.definition.DataPaths;
import rbs.model.ReportPeriod;

/**
 * What a report run is asked to do.
 *
 * @param asOf the date the run counts as today: fixes the as-of date printed in reports
 * @param districts names or aliases of the units to write workbooks for; empty means all
 * @param publish withhold small counts (disclosure control) and mark the outputs as publishable
 * @param pngCharts also write every chart as PNG
 * @param svgCharts also write every chart as SVG (for print at any size)
 * @param dryRun read and compute but write nothing
 * @param strict treat warnings as errors
 * @param toolVersion recorded in the manifest and workbook properties
 * @param dataPaths where the programme's sources may be read from
 */
public record ReportRequest(
    Path programme,
    ReportPeriod period,
    LocalDate asOf,
    Path outDir,
    List<String> districts,
    boolean publish,
    boolean pngCharts,
    boolean dryRun,
    boolean strict,
    String toolVersion,
    DataPaths dataPaths,
    boolean svgCharts) {

  public ReportRequest {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(dataPaths, "dataPaths");
    districts = List.copyOf(districts);
  }

  /** A run reading sources from the programme's folder only. */
  public ReportRequest(
      Path programme,
      ReportPeriod period,
      LocalDate asOf,
      Path outDir,
      List<String> districts,
      boolean publish,
      boolean pngCharts,
      boolean dryRun,
      boolean strict,
      String toolVersion) {
    this(
        programme,
        period,
        asOf,
        outDir,
        districts,
        publish,
        pngCharts,
        dryRun,
        strict,
        toolVersion,
        DataPaths.programmeFolderOnly());
  }

  /** A run that writes no SVG charts. */
  public ReportRequest(
      Path programme,
      ReportPeriod period,
      LocalDate asOf,
      Path outDir,
      List<String> districts,
      boolean publish,
      boolean pngCharts,
      boolean dryRun,
      boolean strict,
      String toolVersion,
      DataPaths dataPaths) {
    this(
        programme,
        period,
        asOf,
        outDir,
        districts,
        publish,
        pngCharts,
        dryRun,
        strict,
        toolVersion,
        dataPaths,
        false);
  }
}
