package uk.co.leicestershirecares.report;

import java.util.ArrayList;
import java.util.List;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * Hand-written inline SVG charts for {@link HtmlReport}: nothing is fetched, and no information
 * is given by colour alone. Colours come from the Okabe–Ito palette, chosen with distinct
 * lightness, and each series or stage also has its own fill pattern (solid, stripes, dots,
 * crosses); every bar carries its value as text, and every chart a {@code <title>} and an {@code
 * aria-label} that give its figures in words. Text is escaped with {@link HtmlReport#escape}.
 */
final class SvgCharts {
  /** The width of every chart, in SVG units; charts scale down to the page. */
  static final int WIDTH = 640;
  private static final int LABEL_WIDTH = 250;
  private static final int BAR_X = 258;
  private static final int BAR_WIDTH = 260;
  private static final int BAR_HEIGHT = 13;
  private static final int BAR_STEP = 16;

  /** Okabe–Ito blue, orange, bluish green, reddish purple: dark, light, middle, lighter. */
  private static final String[] SERIES_COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7"};

  private SvgCharts() {}

  /** One bar (or group of bars): a label and one value per series. */
  record Row(String label, List<Long> values) {
    Row {
      values = List.copyOf(values);
    }
  }

  /** Rows under an optional heading (empty for none), scaled to their own largest value. */
  record Panel(String heading, List<Row> rows) {
    Panel {
      rows = List.copyOf(rows);
    }
  }

  /**
   * Returns a horizontal bar chart. With one series each bar is labelled with its value; with
   * several, with the series' name and its value ("Sessions: 31"), and a legend names each
   * pattern.
   *
   * @param id a prefix for the chart's pattern ids, unique in the page
   * @param title the chart's title
   * @param series the names of the series, at most four
   * @param panels the panels, each scaled to its own largest value
   */
  static String bars(String id, String title, List<String> series, List<Panel> panels) {
    StringBuilder body = new StringBuilder();
    int y = 8;
    if (series.size() > 1) {
      int x = BAR_X;
      for (int s = 0; s < series.size(); s++) {
        body.append(rect(x, y, 14, 14, id + "-s" + s));
        body.append(text(x + 19, y + 11, "start", "", series.get(s)));
        x += 28 + series.get(s).length() * 7;
      }
      y += 26;
    }
    List<String> words = new ArrayList<>();
    for (Panel panel : panels) {
      if (!panel.heading().isEmpty()) {
        body.append(text(0, y + 13, "start", " font-weight=\"bold\"", panel.heading()));
        y += 22;
      }
      long max = 1;
      for (Row row : panel.rows()) {
        for (long value : row.values()) {
          max = Math.max(max, value);
        }
      }
      List<String> rowWords = new ArrayList<>();
      for (Row row : panel.rows()) {
        int height = row.values().size() * BAR_STEP;
        body.append(text(LABEL_WIDTH, y + height / 2 + 4, "end", "", row.label()));
        List<String> values = new ArrayList<>();
        for (int s = 0; s < row.values().size(); s++) {
          long value = row.values().get(s);
          int width = (int) Math.round((double) value / max * BAR_WIDTH);
          int top = y + s * BAR_STEP;
          if (width > 0) {
            body.append(rect(BAR_X, top, width, BAR_HEIGHT, id + "-s" + s));
          }
          String label = series.size() > 1 ? series.get(s) + ": " + value : Long.toString(value);
          body.append(text(BAR_X + width + 4, top + 11, "start", "", label));
          values.add(label);
        }
        rowWords.add(row.label() + " " + String.join(", ", values));
        y += height + 6;
      }
      words.add((panel.heading().isEmpty() ? "" : panel.heading() + ": ")
          + String.join("; ", rowWords));
      y += 8;
    }
    StringBuilder defs = new StringBuilder();
    for (int s = 0; s < series.size(); s++) {
      defs.append(pattern(id + "-s" + s, SERIES_COLOURS[s % SERIES_COLOURS.length], s, "#ffffff"));
    }
    return svg(title, title + ". " + String.join(". ", words) + ".", y, defs, body);
  }

  /**
   * Returns the Power to Change chart: two stacked bars, the young people by stage at the start
   * of the period (left) and at its end (right), joined by bands for the moves from each start
   * stage to each end stage; each band is as thick as the people who made that move.
   *
   * @param moves {@code moves[from][to]}: the people at stage {@code from} at the start and
   *     {@code to} at the end, indexed by {@link Stage#ordinal()}
   */
  static String stages(String id, String title, String startLabel, String endLabel,
      long[][] moves) {
    Stage[] stages = Stage.values();
    long[] atStart = new long[stages.length];
    long[] atEnd = new long[stages.length];
    long total = 0;
    for (int from = 0; from < stages.length; from++) {
      for (int to = 0; to < stages.length; to++) {
        atStart[from] += moves[from][to];
        atEnd[to] += moves[from][to];
        total += moves[from][to];
      }
    }
    final int top = 44;
    final int height = 280;
    final int gap = 8;
    final int leftX = 200;
    final int rightX = 410;
    final int column = 30;
    double scale = total == 0 ? 0 : (height - gap * (stages.length - 1)) / (double) total;
    StringBuilder body = new StringBuilder();
    body.append(text(leftX + column / 2, 16, "middle", " font-weight=\"bold\"", "Start"));
    body.append(text(leftX + column / 2, 32, "middle", "", startLabel));
    body.append(text(rightX + column / 2, 16, "middle", " font-weight=\"bold\"", "End"));
    body.append(text(rightX + column / 2, 32, "middle", "", endLabel));
    double[] startTop = new double[stages.length];
    double[] endTop = new double[stages.length];
    double ys = top;
    double ye = top;
    for (int s = 0; s < stages.length; s++) {
      startTop[s] = ys;
      endTop[s] = ye;
      ys += atStart[s] * scale + gap;
      ye += atEnd[s] * scale + gap;
    }
    // The bands: from each start stage in order of end stage, into each end stage in order of
    // start stage, so no two bands overlap at either column.
    double[] startOffset = startTop.clone();
    double[] endOffset = endTop.clone();
    List<String> moveWords = new ArrayList<>();
    for (int from = 0; from < stages.length; from++) {
      for (int to = 0; to < stages.length; to++) {
        long count = moves[from][to];
        if (count == 0) {
          continue;
        }
        double thickness = count * scale;
        double y0 = startOffset[from];
        double y1 = endOffset[to];
        startOffset[from] += thickness;
        endOffset[to] += thickness;
        double x0 = leftX + column;
        double x1 = rightX;
        double middle = (x0 + x1) / 2;
        body.append("<path d=\"M").append(num(x0)).append(' ').append(num(y0))
            .append(" C").append(num(middle)).append(' ').append(num(y0)).append(' ')
            .append(num(middle)).append(' ').append(num(y1)).append(' ').append(num(x1))
            .append(' ').append(num(y1))
            .append(" L").append(num(x1)).append(' ').append(num(y1 + thickness))
            .append(" C").append(num(middle)).append(' ').append(num(y1 + thickness)).append(' ')
            .append(num(middle)).append(' ').append(num(y0 + thickness)).append(' ')
            .append(num(x0)).append(' ').append(num(y0 + thickness))
            .append(" Z\" fill=\"url(#").append(id).append("-").append(stages[from].name())
            .append(")\" fill-opacity=\"0.45\" stroke=\"#555555\" stroke-width=\"0.5\"/>");
        String move = stageName(stages[from]) + " to " + stageName(stages[to]) + ": " + count;
        moveWords.add(move);
        if (thickness >= 12) {
          body.append(text(middle, (y0 + y1 + thickness) / 2 + 4, "middle", "",
              from == to ? "stayed: " + count : "→ " + stageName(stages[to]) + ": " + count));
        }
      }
    }
    List<String> startWords = new ArrayList<>();
    List<String> endWords = new ArrayList<>();
    double lastStartLabel = Double.NEGATIVE_INFINITY;
    double lastEndLabel = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < stages.length; s++) {
      String fill = id + "-" + stages[s].name();
      if (atStart[s] > 0) {
        body.append(rect(leftX, startTop[s], column, atStart[s] * scale, fill));
      }
      if (atEnd[s] > 0) {
        body.append(rect(rightX, endTop[s], column, atEnd[s] * scale, fill));
      }
      // Labels beside the columns, pushed down so that a stage of 0 never hides its neighbour.
      double startLabelY = Math.max(startTop[s] + atStart[s] * scale / 2 + 4, lastStartLabel + 15);
      double endLabelY = Math.max(endTop[s] + atEnd[s] * scale / 2 + 4, lastEndLabel + 15);
      lastStartLabel = startLabelY;
      lastEndLabel = endLabelY;
      body.append(text(leftX - 8, startLabelY, "end", "",
          stageName(stages[s]) + ": " + atStart[s]));
      body.append(text(rightX + column + 8, endLabelY, "start", "",
          stageName(stages[s]) + ": " + atEnd[s]));
      startWords.add(atStart[s] + " " + stageName(stages[s]));
      endWords.add(atEnd[s] + " " + stageName(stages[s]));
    }
    StringBuilder defs = new StringBuilder();
    for (Stage stage : stages) {
      defs.append(stagePattern(id + "-" + stage.name(), stage));
    }
    String words = title + ". At the start: " + String.join(", ", startWords)
        + ". At the end: " + String.join(", ", endWords) + ". "
        + (moveWords.isEmpty() ? "No young people worked with." : "From start to end: "
            + String.join("; ", moveWords) + ".");
    return svg(title, words, Math.max(top + height, (int) Math.ceil(
        Math.max(lastStartLabel, lastEndLabel))) + 12, defs, body);
  }

  /** "power within", "power with" or "power to". */
  static String stageName(Stage stage) {
    return ReportGenerator.stageName(stage);
  }

  private static String stagePattern(String id, Stage stage) {
    // Okabe–Ito vermillion with white stripes, yellow with dark dots, solid blue: three
    // lightnesses and three patterns, so greyscale and colour-blind readers tell them apart.
    return switch (stage) {
      case WITHIN -> pattern(id, "#D55E00", 1, "#ffffff");
      case WITH -> pattern(id, "#F0E442", 2, "#000000");
      case TO -> pattern(id, "#0072B2", 0, "#ffffff");
    };
  }

  /** A fill: a colour, and over it nothing (0), stripes (1), dots (2) or crosses (3). */
  private static String pattern(String id, String colour, int kind, String ink) {
    StringBuilder p = new StringBuilder("<pattern id=\"").append(HtmlReport.escape(id))
        .append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"");
    if (kind % 4 == 1 || kind % 4 == 3) {
      p.append(" patternTransform=\"rotate(45)\"");
    }
    p.append("><rect width=\"8\" height=\"8\" fill=\"").append(colour).append("\"/>");
    String overlay = " fill=\"" + ink + "\" fill-opacity=\"0.55\"/>";
    switch (kind % 4) {
      case 1 -> p.append("<rect width=\"3\" height=\"8\"").append(overlay);
      case 2 -> p.append("<circle cx=\"4\" cy=\"4\" r=\"1.7\"").append(overlay);
      case 3 -> {
        p.append("<rect width=\"2\" height=\"8\"").append(overlay)
            .append("<rect width=\"8\" height=\"2\"").append(overlay);
      }
      default -> { }
    }
    return p.append("</pattern>").toString();
  }

  private static String svg(String title, String words, int height, CharSequence defs,
      CharSequence body) {
    return "<svg role=\"img\" aria-label=\"" + HtmlReport.escape(words) + "\" viewBox=\"0 0 "
        + WIDTH + " " + height + "\" width=\"" + WIDTH + "\" height=\"" + height
        + "\" font-family=\"sans-serif\" font-size=\"12\"><title>" + HtmlReport.escape(title)
        + "</title><defs>" + defs + "</defs>" + body + "</svg>";
  }

  private static String rect(double x, double y, double width, double height, String fill) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(width)
        + "\" height=\"" + num(height) + "\" fill=\"url(#" + HtmlReport.escape(fill)
        + ")\" stroke=\"#000000\" stroke-width=\"0.5\"/>";
  }

  private static String text(double x, double y, String anchor, String more, String words) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\""
        + more + ">" + HtmlReport.escape(words) + "</text>";
  }

  /** A coordinate with at most one decimal place, so the markup stays short and stable. */
  private static String num(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
  }
}
