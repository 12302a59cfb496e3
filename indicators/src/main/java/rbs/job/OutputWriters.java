package rbs.job;

import java.nio.file.Path;
import rbs.model.Comments;
import rbs.model.Results;
import rbs.model.Unit;
import rbs.output.ManifestInfo;
import rbs.output.ManifestJson;
import rbs.output.ResultsCsv;
import rbs.output.StratsysExport;
import rbs.report.ChartPngWriter;
import rbs.report.ChartSvgWriter;
import rbs.report.ReportOptions;
import rbs.report.WorkbookWriter;

/**
 * How a run writes each of its output files. A test replaces it to make a write fail as a full disk
 * does; the run must then fail cleanly (exit 4, the reason in words, earlier outputs intact). Each
 * method may throw {@link java.io.UncheckedIOException} or {@link rbs.InputException}.
 */
interface OutputWriters {

  void results(Results results, Path file);

  void workbook(Results results, Comments comments, Unit unit, ReportOptions options, Path file);

  void charts(Results results, Unit unit, Path folder);

  /** Every chart of the unit's workbook as SVG, for print at any size. */
  default void svgCharts(Results results, Unit unit, Path folder) {
    ChartSvgWriter.write(results, unit, folder);
  }

  /** The published figures in Stratsys's import layout; says what it wrote and left out. */
  default StratsysExport.Summary stratsys(Results results, Path file) {
    return StratsysExport.write(results, file);
  }

  void manifest(Results results, ManifestInfo info, Path file);

  /**
   * Starts, in the background, what the first workbook would otherwise wait for; called as the run
   * starts reading. Does nothing by default.
   */
  default void prepare() {}

  /** The writers of the output package and the report package. */
  OutputWriters STANDARD =
      new OutputWriters() {
        @Override
        public void results(Results results, Path file) {
          ResultsCsv.write(results, file);
        }

        @Override
        public void workbook(
            Results results, Comments comments, Unit unit, ReportOptions options, Path file) {
          WorkbookWriter.write(results, comments, unit, options, file);
        }

        @Override
        public void prepare() {
          WorkbookWriter.prepare();
        }

        @Override
        public void charts(Results results, Unit unit, Path folder) {
          ChartPngWriter.write(results, unit, folder);
        }

        @Override
        public void manifest(Results results, ManifestInfo info, Path file) {
          ManifestJson.write(results, info, file);
        }
      };
}
