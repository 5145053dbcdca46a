package org.neurite.web.uplot;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Line chart of a few series drawn by uPlot (the WebJar, loaded by the page). Each series has its own x
 * values: a batch run has a point per epoch while a stochastic run has eight, and both share one chart.
 * uPlot wants one shared x array, so {@link #redraw()} merges the series' x values and leaves gaps that
 * uPlot bridges. The points live on the JavaScript side; redraw at most once per animation frame. The chart
 * follows its container's width.
 */
public final class LineChart {
    private final JSObject chart;
    private final int seriesCount;

    /**
     * A chart in the element with id {@code containerId}; {@code labels[i]} and {@code colours[i]} name and
     * colour series i. {@code logY} puts the y axis on a log scale (losses spanning several decades).
     */
    public LineChart(String containerId, String xLabel, String yLabel, String[] labels, String[] colours,
                     int height, boolean logY) {
        this(containerId, xLabel, yLabel, labels, colours, height, logY, false);
    }

    /** As above; {@code showPoints} marks every point (for series with few points, such as one per epoch). */
    public LineChart(String containerId, String xLabel, String yLabel, String[] labels, String[] colours,
                     int height, boolean logY, boolean showPoints) {
        this(containerId, xLabel, yLabel, null, labels, colours, height, logY, showPoints);
    }

    private LineChart(String containerId, String xLabel, String yLabel, String rightLabel, String[] labels,
                      String[] colours, int height, boolean logY, boolean showPoints) {
        if (labels.length != colours.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + colours.length + " colours");
        }
        this.seriesCount = labels.length;
        this.chart = create(Dom.byId(containerId), xLabel, yLabel, rightLabel, labels, colours, height, logY,
                showPoints);
    }

    /**
     * A chart whose last series, drawn thinner, has its own scale and axis on the right, labelled {@code rightLabel}:
     * a quantity in other units than the rest, such as the learning rate beside the losses. The right axis shows
     * only while that series is shown ({@link #showSeries}) and has points.
     */
    public static LineChart withRightAxis(String containerId, String xLabel, String yLabel, String rightLabel,
                                          String[] labels, String[] colours, int height) {
        return new LineChart(containerId, xLabel, yLabel, rightLabel, labels, colours, height, false, false);
    }

    @JSBody(params = { "container", "xLabel", "yLabel", "rightLabel", "labels", "colours", "height", "logY",
        "showPoints" }, script = ""
            + "var series = [{ label: xLabel }];"
            + "var points = [];"
            + "for (var i = 0; i < labels.length; i++) {"
            + "  series.push({ label: labels[i], stroke: colours[i], width: 2, spanGaps: true,"
            + "    points: { show: showPoints, size: 7, fill: colours[i] } });"
            + "  points.push([]);"
            + "}"
            + "var axes = [{ label: xLabel }, { label: yLabel, size: 60 }];"
            + "var scales = { x: { time: false }, y: logY ? { distr: 3 } : {} };"
            + "if (rightLabel) {"
            + "  var last = series[series.length - 1]; last.scale = 'right'; last.width = 1.5;"
            + "  scales.right = {};"
            // uPlot hides an axis whose scale has nothing shown on it
            + "  axes.push({ scale: 'right', side: 1, label: rightLabel, size: 60, grid: { show: false } });"
            + "}"
            + "var width = function () { return Math.max(200, container.clientWidth); };"
            + "var opts = { width: width(), height: height, series: series,"
            + "  scales: scales, axes: axes, legend: { live: false } };"
            + "var empty = [[]]; for (var j = 0; j < labels.length; j++) { empty.push([]); }"
            + "var plot = new uPlot(opts, empty, container);"
            + "if (typeof ResizeObserver !== 'undefined') {"
            + "  new ResizeObserver(function () { plot.setSize({ width: width(), height: height }); })"
            + "    .observe(container);"
            + "}"
            + "return { plot: plot, points: points, logY: logY, container: container };")
    private static native JSObject create(HTMLElement container, String xLabel, String yLabel, String rightLabel,
                                          String[] labels, String[] colours, int height, boolean logY,
                                          boolean showPoints);

    /** Shows or hides series {@code series}, its legend entry with it. */
    public void showSeries(int series, boolean shown) {
        if (series < 0 || series >= seriesCount) {
            throw new IllegalArgumentException("series " + series + " does not exist; the chart has " + seriesCount);
        }
        show(chart, series + 1, shown);
    }

    @JSBody(params = { "chart", "index", "shown" }, script = ""
            + "chart.plot.setSeries(index, { show: shown });"
            // the legend has no row for x when it is not live, so the row is found by its label
            + "var label = chart.plot.series[index].label;"
            + "chart.plot.root.querySelectorAll('.u-legend .u-series').forEach(function (row) {"
            + "  var text = row.querySelector('.u-label');"
            + "  if (text && text.textContent === label) { row.style.display = shown ? '' : 'none'; }"
            + "});")
    private static native void show(JSObject chart, int index, boolean shown);

    /** Adds the point (x, y) to series {@code series}; a non-finite y (or y at most 0 on a log axis) is skipped. */
    public void add(int series, double x, double y) {
        if (series < 0 || series >= seriesCount) {
            throw new IllegalArgumentException("series " + series + " does not exist; the chart has " + seriesCount);
        }
        push(chart, series, x, y);
    }

    @JSBody(params = { "chart", "series", "x", "y" }, script = ""
            + "if (isFinite(y) && (!chart.logY || y > 0)) { chart.points[series].push([x, y]); }")
    private static native void push(JSObject chart, int series, double x, double y);

    /** Forgets every point and draws the empty chart. */
    public void clear() {
        clear(chart);
        redraw();
    }

    @JSBody(params = { "chart" }, script = "for (var i = 0; i < chart.points.length; i++) { chart.points[i] = []; }")
    private static native void clear(JSObject chart);

    /** Draws the points added so far, and writes their count per series in the container's {@code data-points}. */
    public void redraw() {
        redraw(chart);
    }

    @JSBody(params = { "chart" }, script = ""
            + "var xs = [];"
            + "chart.points.forEach(function (s) { s.forEach(function (p) { xs.push(p[0]); }); });"
            + "xs.sort(function (a, b) { return a - b; });"
            + "var unique = xs.filter(function (x, i) { return i === 0 || x !== xs[i - 1]; });"
            + "var row = new Map(); unique.forEach(function (x, i) { row.set(x, i); });"
            + "var data = [unique];"
            + "chart.points.forEach(function (s) {"
            + "  var ys = new Array(unique.length).fill(null);"
            + "  s.forEach(function (p) { ys[row.get(p[0])] = p[1]; });"
            + "  data.push(ys);"
            + "});"
            + "chart.plot.setData(data);"
            // how many points each series shows, on the container: the figure's content, readable without eyes
            + "chart.container.dataset.points = chart.points.map(function (s) { return s.length; }).join(',');")
    private static native void redraw(JSObject chart);
}
