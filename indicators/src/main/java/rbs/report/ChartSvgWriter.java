package rbs.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import rbs.model.Indicator;
import rbs.model.Results;
import rbs.model.Unit;

/**
 * Writes every chart of a unit's workbook as an SVG, for print at any size: the very chart the PNG
 * shows ({@link ChartPngWriter#chart}), drawn by JFreeSVG as vector shapes with real text. The SVG
 * says its language and carries the chart's title and alternative text ({@code <title>}, {@code
 * <desc>}), which a screen reader reads.
 */
public final class ChartSvgWriter {

  private ChartSvgWriter() {}

  /**
   * Writes {@code <programme>-<period>-<unit>-<indicator>-<chart>-<mode>.svg} into {@code folder}
   * (created if needed), in the order of the workbook.
   *
   * @return the files written
   * @throws UncheckedIOException when a file cannot be written
   */
  public static List<Path> write(Results results, Unit unit, Path folder) {
    ReportView view = new ReportView(results, unit);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Indicator indicator : results.programme().indicators().toList()) {
        for (ChartSpec spec : ChartPlan.all(view, indicator)) {
          Path file =
              folder.resolve(
                  ChartPngWriter.fileName(results, unit, indicator, spec, view) + ".svg");
          Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
          Files.writeString(temp, svg(spec, view), StandardCharsets.UTF_8);
          try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
          }
          written.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write charts to " + folder, e);
    }
    return written;
  }

  /** The chart as an SVG document, 8 × 4.5 inches, with its language, title and description. */
  static String svg(ChartSpec spec, ReportView view) {
    SVGGraphics2D g = new SVGGraphics2D(ChartPngWriter.WIDTH, ChartPngWriter.HEIGHT);
    // fixed ids for clip paths and gradients: the same chart gives the same bytes
    g.setDefsKeyPrefix("rbs");
    ChartPngWriter.chart(spec, view)
        .draw(g, new Rectangle2D.Double(0, 0, ChartPngWriter.WIDTH, ChartPngWriter.HEIGHT));
    String element =
        g.getSVGElement(
            null,
            false,
            new ViewBox(0, 0, ChartPngWriter.WIDTH, ChartPngWriter.HEIGHT),
            null,
            null);
    int open = element.indexOf('>');
    if (!element.startsWith("<svg") || open < 0) {
      throw new IllegalStateException("JFreeSVG wrote no svg element");
    }
    String accessible =
        " width=\"8in\" height=\"4.5in\" xml:lang=\""
            + view.labels().languageTag()
            + "\" role=\"img\" aria-labelledby=\"rbs-title rbs-desc\">"
            + "<title id=\"rbs-title\">"
            + escape(spec.fullTitle())
            + "</title><desc id=\"rbs-desc\">"
            + escape(spec.altText())
            + "</desc>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + element.substring(0, open)
        + accessible
        + element.substring(open + 1)
        + "\n";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
