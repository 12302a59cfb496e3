package rbs.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rbs.model.Indicator;
import rbs.model.Results;
import rbs.model.Unit;

/**
 * Writes every chart of a unit's workbook as an SVG, for print at any size: the same {@link
 * ChartSpec} as the native chart and the PNG (data, colours, titles, marks), drawn as vector shapes
 * with real text. The SVG says its language and carries the chart's title and alternative text
 * ({@code <title>}, {@code <desc>}), which a screen reader reads.
 */
public final class ChartSvgWriter {

  static final int WIDTH = 800;
  static final int HEIGHT = 450;
  private static final int LEFT = 70;
  private static final int RIGHT = 24;

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
        for (ChartSpec spec : ChartPlan.charts(view, indicator)) {
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

  /** The chart as an SVG document. */
  static String svg(ChartSpec spec, ReportView view) {
    Labels labels = view.labels();
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8in\" height=\"4.5in\"")
        .append(" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" xml:lang=\"")
        .append(labels.languageTag())
        .append("\" role=\"img\" aria-labelledby=\"title desc\"")
        .append(" font-family=\"Calibri, Carlito, Arial, sans-serif\">\n")
        .append("<title id=\"title\">")
        .append(escape(spec.fullTitle()))
        .append("</title>\n<desc id=\"desc\">")
        .append(escape(spec.altText()))
        .append("</desc>\n")
        .append("<rect width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" fill=\"#ffffff\"/>\n");
    double y = 22;
    for (String line : wrap(spec.title(), 90)) {
      text(out, WIDTH / 2.0, y, line, 15, "bold", "#000000", "middle");
      y += 18;
    }
    text(out, WIDTH / 2.0, y, spec.subtitle(), 12, "normal", "#404040", "middle");
    y += 16;
    if (!view.published()) {
      text(out, WIDTH / 2.0, y, labels.get(Label.INTERNAL), 12, "bold", "#C00000", "middle");
      y += 16;
    }
    String marks = ChartPngWriter.marks(spec, labels);
    boolean rotated = spec.categories().size() > 8;
    double bottom = HEIGHT - 30 - (marks.isEmpty() ? 0 : 18) - (rotated ? 80 : 34);
    double top = y + 10;
    plot(out, spec, labels, top, bottom, rotated);
    legend(out, spec, HEIGHT - 16 - (marks.isEmpty() ? 0 : 18));
    if (!marks.isEmpty()) {
      text(out, WIDTH / 2.0, HEIGHT - 8, marks, 11, "normal", "#404040", "middle");
    }
    return out.append("</svg>\n").toString();
  }

  private static void plot(
      StringBuilder out,
      ChartSpec spec,
      Labels labels,
      double top,
      double bottom,
      boolean rotated) {
    double max = 0;
    for (ChartSpec.Series s : spec.series()) {
      for (Optional<Double> v : s.values()) {
        max = Math.max(max, v.orElse(0.0));
      }
    }
    double step = spec.percent() ? 20 : niceStep(max <= 0 ? 1 : max / 5);
    double axisMax = spec.percent() ? 100 : Math.ceil(max / step) * step;
    if (axisMax <= 0) {
      axisMax = step;
    }
    double right = WIDTH - RIGHT;
    NumberFormat format = labels.axisFormat(spec.percent());
    for (double t = 0; t <= axisMax + step / 2; t += step) {
      double ty = bottom - (bottom - top) * t / axisMax;
      out.append(line(LEFT, ty, right, ty, "#D9D9D9", 0.75, ""));
      text(out, LEFT - 6, ty + 4, format.format(t), 11, "normal", "#404040", "end");
    }
    out.append(line(LEFT, bottom, right, bottom, "#808080", 1, ""));
    // the value axis' title, turned
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"16\" y=\"%.1f\" font-size=\"12\" fill=\"#404040\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 16 %.1f)\">%s</text>\n",
            (top + bottom) / 2,
            (top + bottom) / 2,
            escape(spec.valueTitle())));
    int n = spec.categories().size();
    double band = (right - LEFT) / n;
    for (int i = 0; i < n; i++) {
      double x = LEFT + band * (i + 0.5);
      if (rotated) {
        out.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#404040\" text-anchor=\"end\""
                    + " transform=\"rotate(-45 %.1f %.1f)\">%s</text>\n",
                x,
                bottom + 14,
                x,
                bottom + 14,
                escape(spec.categories().get(i))));
      } else {
        text(out, x, bottom + 16, spec.categories().get(i), 11, "normal", "#404040", "middle");
      }
    }
    double scale = (bottom - top) / axisMax;
    if (spec.kind() == ChartSpec.Kind.BAR) {
      int count = spec.series().size();
      double width = band * 0.8 / count;
      for (int s = 0; s < count; s++) {
        ChartSpec.Series series = spec.series().get(s);
        for (int i = 0; i < n; i++) {
          Optional<Double> v = series.values().get(i);
          if (v.isPresent()) {
            double x = LEFT + band * i + band * 0.1 + width * s;
            double h = v.get() * scale;
            out.append(
                String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#%s\"/>\n",
                    x,
                    bottom - h,
                    width,
                    h,
                    series.rgb()));
          }
        }
      }
      return;
    }
    for (ChartSpec.Series series : spec.series()) {
      // a gap breaks the line: a missing or withheld value is never bridged
      StringBuilder path = new StringBuilder();
      boolean pen = false;
      for (int i = 0; i < n; i++) {
        Optional<Double> v = series.values().get(i);
        if (v.isEmpty()) {
          pen = false;
          continue;
        }
        double x = LEFT + band * (i + 0.5);
        double py = bottom - v.get() * scale;
        path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", pen ? "L" : "M", x, py));
        pen = true;
        if (series.markers()) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#%s\"/>\n",
                  x,
                  py,
                  series.rgb()));
        }
      }
      if (path.length() > 0) {
        out.append(
            String.format(
                Locale.ROOT,
                "<path d=\"%s\" fill=\"none\" stroke=\"#%s\" stroke-width=\"2.5\"%s/>\n",
                path.toString().trim(),
                series.rgb(),
                dash(series.dash())));
      }
    }
  }

  private static void legend(StringBuilder out, ChartSpec spec, double y) {
    double width = 0;
    for (ChartSpec.Series s : spec.series()) {
      width += 30 + s.name().length() * 6.5 + 16;
    }
    double x = (WIDTH - width) / 2;
    for (ChartSpec.Series s : spec.series()) {
      if (spec.kind() == ChartSpec.Kind.BAR && s.dash() == ChartSpec.Dash.SOLID) {
        out.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"10\" fill=\"#%s\"/>\n",
                x,
                y - 9,
                s.rgb()));
      } else {
        out.append(line(x, y - 4, x + 22, y - 4, "#" + s.rgb(), 2.5, dash(s.dash())));
      }
      text(out, x + 28, y, s.name(), 12, "normal", "#000000", "start");
      x += 30 + s.name().length() * 6.5 + 16;
    }
  }

  private static String dash(ChartSpec.Dash dash) {
    return switch (dash) {
      case DASH -> " stroke-dasharray=\"8 5\"";
      case DOT -> " stroke-dasharray=\"1 5\" stroke-linecap=\"round\"";
      default -> "";
    };
  }

  private static String line(
      double x1, double y1, double x2, double y2, String color, double width, String dash) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.2f\"%s/>\n",
        x1,
        y1,
        x2,
        y2,
        color,
        width,
        dash);
  }

  private static void text(
      StringBuilder out,
      double x,
      double y,
      String text,
      int size,
      String weight,
      String color,
      String anchor) {
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\""
                + " text-anchor=\"%s\">%s</text>\n",
            x,
            y,
            size,
            weight,
            color,
            anchor,
            escape(text)));
  }

  /** 1, 2 or 5 times a power of ten: the step of an axis' gridlines. */
  static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double f = rough / power;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
  }

  /** The text in lines of at most {@code width} characters, broken between words. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
