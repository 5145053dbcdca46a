package org.neurite.web.lessons;

import org.neurite.web.dom.FrameLoop;
import org.neurite.engine.data.BuiltInData;
import org.neurite.engine.data.DataTable;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.lessons.DescentRun;
import org.neurite.engine.lessons.Standardizer;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Sgd;
import org.neurite.engine.random.Rng;
import org.neurite.web.dom.Dom;
import org.neurite.web.uplot.LineChart;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 6: the study-hours table trained three ways at once, batch (all 8 rows per step), mini-batch and
 * stochastic (1 row per step), from the same starting weights. The table marks the rows each run's last
 * step used; the chart shows the loss on all 8 rows against epochs. The exercise: one learning rate at
 * which all three get below 0.02 within 20 epochs.
 */
final class BatchSgdWidget {
    static final double TARGET = 0.02;
    static final double EPOCH_LIMIT = 20;
    private static final int SEED = 3;
    private static final String[] NAMES = {"batch", "mini-batch", "stochastic"};
    private static final String[] KEYS = {"b", "m", "s"};
    private static final String[] COLOURS = {"#1d2430", "#1e8e3e", "#f59322"};

    private final DataTable table = BuiltInData.table(BuiltInData.STUDY_HOURS);
    private final Dataset data;
    private final NumberInput rate = new NumberInput("batch-lr", "the learning rate");
    private final HTMLSelectElement miniSize = (HTMLSelectElement) Dom.byId("batch-mini-size");
    private final HTMLElement problem = Dom.byId("batch-problem");
    private final HTMLElement playButton = Dom.byId("batch-play");
    private final HTMLElement[][] marks;
    private final LineChart chart;
    private final FrameLoop loop = new FrameLoop();
    private final Exercise exercise;
    private final DescentRun[] runs = new DescentRun[3];
    private final double[] reachedAt = new double[3];
    private int ticks;

    BatchSgdWidget(Exercise exercise) {
        this.exercise = exercise;
        Dataset raw = BuiltInData.studyHours();
        this.data = Standardizer.fit(raw).apply(raw);
        this.marks = new HTMLElement[3][table.rowCount()];
        buildTable();
        this.chart = new LineChart("batch-chart", "epochs", "loss on all 8 rows", NAMES, COLOURS, 240, true);
        rate.onCommit(this::reset);
        miniSize.addEventListener("change", event -> reset());
        Dom.byId("batch-step").addEventListener("click", event -> {
            stopPlaying();
            stepEach();
        });
        playButton.addEventListener("click", event -> togglePlay());
        Dom.byId("batch-run20").addEventListener("click", event -> {
            reset();
            while (tick()) {
                // instant: a few hundred tiny updates
            }
            show();
        });
        Dom.byId("batch-reset").addEventListener("click", event -> reset());
        reset();
    }

    private void buildTable() {
        HTMLElement body = Dom.byId("batch-rows");
        body.clear();
        for (int r = 0; r < table.rowCount(); r++) {
            HTMLElement row = Dom.element("tr", "");
            row.appendChild(Dom.element("th", Integer.toString(r + 1)));
            for (int c = 0; c < table.columnCount(); c++) {
                row.appendChild(Dom.element("td", table.cell(r, c)));
            }
            for (int k = 0; k < 3; k++) {
                marks[k][r] = Dom.element("td", "");
                marks[k][r].setAttribute("id", "batch-" + KEYS[k] + "-row" + (r + 1));
                row.appendChild(marks[k][r]);
            }
            body.appendChild(row);
        }
    }

    private void reset() {
        stopPlaying();
        boolean ok = rate.read() && rate.value() > 0 && rate.value() <= 100;
        Forms.showProblem(problem, ok ? null : rate.problem() != null ? rate.problem()
                : "the learning rate must be above 0 (and at most 100); try 0.1");
        if (!ok) {
            return;
        }
        int[] sizes = {data.size(), Integer.parseInt(miniSize.getValue()), 1};
        for (int k = 0; k < 3; k++) {
            Model model = Model.create(ModelSpec.parse("input 3 | dense 1 linear | loss mse"), new Rng(SEED));
            runs[k] = new DescentRun(model, new Sgd((float) rate.value()), data, sizes[k], SEED);
            reachedAt[k] = -1;
        }
        ticks = 0;
        exercise.waiting("Pick a learning rate and train (Play, or Run 20 epochs) to try.");
        chart.clear();
        for (int k = 0; k < 3; k++) {
            chart.add(k, 0, runs[k].fullLoss());
        }
        show();
    }

    /** Every run makes one update of its own; the batch run moves a whole epoch, the stochastic one an eighth. */
    private void stepEach() {
        if (runs[0] == null) {
            return;
        }
        for (int k = 0; k < 3; k++) {
            step(k);
        }
        show();
    }

    /**
     * One row's worth of work for everyone, so the runs stay level in epochs: the stochastic run updates every
     * tick, the mini-batch run when it has seen its batch, the batch run once per table. Returns whether any
     * run is still short of the epoch limit.
     */
    private boolean tick() {
        if (runs[0] == null) {
            return false;
        }
        ticks++;
        boolean more = false;
        for (int k = 0; k < 3; k++) {
            if (ticks % runs[k].batchSize() == 0 && runs[k].epochs() < EPOCH_LIMIT) {
                step(k);
            }
            more |= runs[k].epochs() < EPOCH_LIMIT && !runs[k].diverged();
        }
        return more;
    }

    private void step(int k) {
        DescentRun run = runs[k];
        if (!run.step()) {
            return;
        }
        chart.add(k, run.epochs(), run.fullLoss());
        if (reachedAt[k] < 0 && run.fullLoss() < TARGET && run.epochs() <= EPOCH_LIMIT) {
            reachedAt[k] = run.epochs();
        }
    }

    private void togglePlay() {
        if (loop.running()) {
            stopPlaying();
            return;
        }
        playButton.setTextContent("Pause");
        double[] last = {0};
        loop.start(() -> {
            double now = Performance.now();
            boolean more = true;
            if (now - last[0] >= 60) {
                last[0] = now;
                more = tick();
                show();
            }
            if (!more) {
                playButton.setTextContent("Play");
            }
            return more;
        });
    }

    private void stopPlaying() {
        loop.stop();
        playButton.setTextContent("Play");
    }

    private void show() {
        for (int r = 0; r < table.rowCount(); r++) {
            for (int k = 0; k < 3; k++) {
                boolean used = runs[k].lastStepUsed(r);
                marks[k][r].setTextContent(used ? "●" : "·");
                marks[k][r].setClassName(used ? "mark on" : "mark off");
                marks[k][r].setAttribute("data-used", used ? "true" : "false");
            }
        }
        for (int k = 0; k < 3; k++) {
            DescentRun run = runs[k];
            Dom.byId("batch-" + KEYS[k] + "-steps").setTextContent(Integer.toString(run.steps()));
            Dom.byId("batch-" + KEYS[k] + "-epochs").setTextContent(Shown.number(run.epochs(), 3));
            HTMLElement loss = Dom.byId("batch-" + KEYS[k] + "-loss");
            if (run.diverged()) {
                loss.setTextContent("diverged");
                loss.removeAttribute("data-value");
            } else {
                Forms.showValue(loss, run.fullLoss());
            }
        }
        chart.redraw();
        check();
    }

    private void check() {
        boolean all = true;
        boolean finished = true;
        StringBuilder missing = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            all &= reachedAt[k] >= 0;
            finished &= reachedAt[k] >= 0 || runs[k].epochs() >= EPOCH_LIMIT || runs[k].diverged();
            if (reachedAt[k] < 0) {
                missing.append(missing.length() == 0 ? "" : " and ").append(NAMES[k])
                        .append(runs[k].diverged() ? " (it diverged: the rate is too large for it)" : "");
            }
        }
        if (all) {
            exercise.passed("At learning rate " + Shown.number(rate.value()) + " all three runs got below "
                    + Shown.number(TARGET) + " within " + Shown.number(EPOCH_LIMIT) + " epochs.");
        } else if (finished) {
            exercise.failed("at learning rate " + Shown.number(rate.value()) + " the " + missing
                    + " run did not get below " + Shown.number(TARGET) + " within " + Shown.number(EPOCH_LIMIT)
                    + " epochs. The batch run wants a larger rate, the stochastic run a smaller one.");
        }
    }
}
