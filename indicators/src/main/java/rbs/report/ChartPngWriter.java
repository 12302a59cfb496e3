package rbs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import rbs.model.Indicator;
import rbs.model.Results;
import rbs.model.Unit;

/**
 * Writes every chart of a unit's workbook as a PNG (for pasting into an officer's report), drawn
 * with JFreeChart from the same {@link ChartSpec} as the native chart: same data, colours, titles
 * and marks, numbers written as the programme's language writes them, and on an internal run the
 * internal marking in the picture. A PNG is 8 × 4.5 inches at 300 dots per inch, so it prints
 * sharp; its alternative text is in a text file of the same name beside it (a PNG carries no text,
 * so nothing can leak through its metadata).
 */
public final class ChartPngWriter {

  /** The chart's layout size; drawn {@link #SCALE} times larger for print. */
  static final int WIDTH = 800;

  static final int HEIGHT = 450;
  static final int SCALE = 3;
  static final int DPI = 300;

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
        for (ChartSpec spec : ChartPlan.all(view, indicator)) {
          String name = fileName(results, unit, indicator, spec, view);
          Path file = folder.resolve(name + ".png");
          save(chart(spec, view), file);
          written.add(file);
          Path alt = folder.resolve(name + ".txt");
          writeText(spec.altText() + "\n", alt);
          written.add(alt);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write charts to " + folder, e);
    }
    return written;
  }

  /**
   * {@code <programme>-<period>-<unit>-<indicator>-<chart>-<mode>}, the mode saying whether the
   * chart may be published ("publicerad") or not ("internt"), so an internal chart is not pasted
   * into a public paper by mistake.
   */
  static String fileName(
      Results results, Unit unit, Indicator indicator, ChartSpec spec, ReportView view) {
    return results.programme().id()
        + "-"
        + results.period()
        + "-"
        + unit.slug()
        + "-"
        + indicator.id()
        + "-"
        + spec.key()
        + "-"
        + view.labels().get(view.published() ? Label.PUBLISHED_SHORT : Label.INTERNAL_SHORT);
  }

  static JFreeChart chart(ChartSpec spec, ReportView view) {
    Labels labels = view.labels();
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
    // the whole title (wrapped, never cut), then per what, the period and the unit
    chart.setTitle(new TextTitle(spec.title(), new Font(Font.SANS_SERIF, Font.BOLD, 15)));
    TextTitle details = new TextTitle(spec.subtitle(), new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    details.setPaint(new Color(0x404040));
    chart.addSubtitle(0, details);
    if (!view.published()) {
      TextTitle internal =
          new TextTitle(labels.get(Label.INTERNAL), new Font(Font.SANS_SERIF, Font.BOLD, 12));
      internal.setPaint(new Color(0xC00000));
      chart.addSubtitle(0, internal);
    }
    String marks = marks(spec, labels);
    if (!marks.isEmpty()) {
      TextTitle footnote = new TextTitle(marks, new Font(Font.SANS_SERIF, Font.ITALIC, 11));
      footnote.setPosition(RectangleEdge.BOTTOM);
      footnote.setPaint(new Color(0x404040));
      chart.addSubtitle(footnote);
    }
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xD9D9D9));
    if (spec.categories().size() > 8) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setAutoRangeIncludesZero(true);
    // the programme's language's numbers ("1 300", "56,3 %"), not the machine's
    range.setNumberFormatOverride(labels.axisFormat(spec.percent()));
    if (spec.percent()) {
      range.setRange(0, 100);
    }
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

  /** What the marks of the chart's categories mean, those it has only. */
  static String marks(ChartSpec spec, Labels labels) {
    List<String> words = new ArrayList<>();
    String all = String.join(" ", spec.categories());
    if (all.contains("(" + rbs.model.Flag.WITHHELD.symbol() + ")")) {
      words.add(rbs.model.Flag.WITHHELD.symbol() + " = " + labels.get(Label.NOTE_WITHHELD));
    }
    if (all.contains("(" + rbs.model.Flag.NOT_MEASURED.symbol() + ")")) {
      words.add(rbs.model.Flag.NOT_MEASURED.symbol() + " = " + labels.get(Label.NOTE_NOT_MEASURED));
    }
    if (all.contains("(" + rbs.model.Flag.MISSING.symbol() + ")")) {
      words.add(rbs.model.Flag.MISSING.symbol() + " = " + labels.get(Label.NOTE_MISSING));
    }
    if (all.contains(" " + Styles.INCOMPLETE_MARK)) {
      words.add(Styles.INCOMPLETE_MARK + " = " + labels.get(Label.NOTE_INCOMPLETE));
    }
    return String.join("   ", words);
  }

  private static void save(JFreeChart chart, Path file) throws IOException {
    BufferedImage image =
        new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(SCALE, SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    } finally {
      g.dispose();
    }
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(temp))) {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
      try {
        writer.setOutput(out);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata =
            writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(image), param);
        metadata.mergeTree(PNG_METADATA, resolution());
        writer.write(null, new IIOImage(image, null, metadata), param);
      } finally {
        writer.dispose();
      }
    }
    move(temp, file);
  }

  private static final String PNG_METADATA = "javax_imageio_png_1.0";

  /** The pHYs chunk: {@link #DPI} dots per inch, in dots per metre as PNG states it. */
  private static IIOMetadataNode resolution() {
    String perMetre = Long.toString(Math.round(DPI / 0.0254));
    IIOMetadataNode physical = new IIOMetadataNode("pHYs");
    physical.setAttribute("pixelsPerUnitXAxis", perMetre);
    physical.setAttribute("pixelsPerUnitYAxis", perMetre);
    physical.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
    root.appendChild(physical);
    return root;
  }

  private static void writeText(String text, Path file) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(temp, text, java.nio.charset.StandardCharsets.UTF_8);
    move(temp, file);
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
