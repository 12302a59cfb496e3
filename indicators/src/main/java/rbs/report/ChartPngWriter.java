package rbs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import rbs.model.Indicator;
import rbs.model.Results;
import rbs.model.Unit;

/**
 * Writes every chart of a unit's workbook as a PNG (for pasting into an officer's report), drawn
 * with JFreeChart from the same {@link ChartSpec} as the native chart: same data, colours, titles.
 * The PNGs carry no text metadata.
 */
public final class ChartPngWriter {

  static final int WIDTH = 800;
  static final int HEIGHT = 450;

  private ChartPngWriter() {}

  /**
   * Writes {@code <programme>-<period>-<unit>-<indicator>-<chart>.png} into {@code folder} (created
   * if needed), in the order of the workbook.
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
        for (ChartSpec spec : ChartPlan.charts(view, indicator)) {
          Path file = folder.resolve(fileName(results, unit, indicator, spec));
          save(chart(spec), file);
          written.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write charts to " + folder, e);
    }
    return written;
  }

  static String fileName(Results results, Unit unit, Indicator indicator, ChartSpec spec) {
    return results.programme().id()
        + "-"
        + results.period()
        + "-"
        + unit.slug()
        + "-"
        + indicator.id()
        + "-"
        + spec.key()
        + ".png";
  }

  static JFreeChart chart(ChartSpec spec) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChartSpec.Series series : spec.series()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        Optional<Double> value = series.values().get(i);
        // null leaves a gap, as the blank cell does in the native chart
        data.addValue(value.orElse(null), series.name(), spec.categories().get(i));
      }
    }
    JFreeChart chart =
        spec.kind() == ChartSpec.Kind.BAR
            ? ChartFactory.createBarChart(
                spec.title(), spec.categoryTitle(), spec.valueTitle(), data)
            : ChartFactory.createLineChart(
                spec.title(), spec.categoryTitle(), spec.valueTitle(), data);
    chart.setTitle(new TextTitle(spec.title(), new Font(Font.SANS_SERIF, Font.BOLD, 15)));
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xD9D9D9));
    if (spec.categories().size() > 8) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setAutoRangeIncludesZero(true);
    if (spec.kind() == ChartSpec.Kind.BAR) {
      BarRenderer bars = (BarRenderer) plot.getRenderer();
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
      for (int s = 0; s < spec.series().size(); s++) {
        bars.setSeriesPaint(s, color(spec.series().get(s).rgb()));
      }
    } else {
      LineAndShapeRenderer lines = (LineAndShapeRenderer) plot.getRenderer();
      for (int s = 0; s < spec.series().size(); s++) {
        ChartSpec.Series series = spec.series().get(s);
        lines.setSeriesPaint(s, color(series.rgb()));
        lines.setSeriesStroke(s, stroke(series.dash()));
        lines.setSeriesShapesVisible(s, series.markers());
      }
    }
    return chart;
  }

  private static BasicStroke stroke(ChartSpec.Dash dash) {
    return switch (dash) {
      case DASH ->
          new BasicStroke(
              2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f);
      case DOT ->
          new BasicStroke(
              2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 5f}, 0f);
      default -> new BasicStroke(2.5f);
    };
  }

  private static Color color(String rgb) {
    return new Color(Integer.parseInt(rgb, 16));
  }

  private static void save(JFreeChart chart, Path file) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
