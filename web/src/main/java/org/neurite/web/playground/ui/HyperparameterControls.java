package org.neurite.web.playground.ui;

import org.neurite.engine.nn.Activation;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.model.Network;
import org.neurite.web.playground.model.OutputRecipe;
import org.neurite.web.playground.model.Problem;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.dom.Property;
import org.neurite.web.playground.state.Settings;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The training settings in the bar: learning rate, optimizer, batch size, activation (all layers),
 * regularization and its rate, output and loss, the target test loss. A typed value the engine refuses is
 * shown with the engine's own message beside the field, and the previous value stays in force.
 */
final class HyperparameterControls {
    private final PageController page;
    private final HTMLInputElement learningRate = Fields.input("pg-learningRate");
    private final HTMLSelectElement optimizer = Fields.select("pg-optimizer");
    private final HTMLInputElement batchSize = Fields.input("pg-batchSize");
    private final HTMLElement batchValue = Dom.byId("pg-batchSize-value");
    private final HTMLSelectElement activation = Fields.select("pg-activation");
    private final HTMLSelectElement regularization = Fields.select("pg-regularization");
    private final HTMLInputElement regularizationRate = Fields.input("pg-regularizationRate");
    private final HTMLSelectElement loss = Fields.select("pg-loss");
    private final HTMLElement lossHint = Dom.byId("pg-loss-hint");
    private final HTMLElement activationHint = Dom.byId("pg-activation-hint");
    private final HTMLInputElement targetLoss = Fields.input("pg-targetLoss");

    HyperparameterControls(PageController page) {
        this.page = page;
        typed(learningRate, Settings.LEARNING_RATE);
        typed(regularizationRate, Settings.REGULARIZATION_RATE);
        typed(targetLoss, Settings.TARGET_LOSS);
        chosen(optimizer, Settings.OPTIMIZER);
        chosen(regularization, Settings.REGULARIZATION);
        chosen(loss, Settings.LOSS);
        Fields.on(batchSize, "input", () -> page.change(Settings.BATCH_SIZE, batchSize.getValue()));
        Fields.on(activation, "change", () -> page.changeNetwork(
                page.playground().network().withActivation(Activation.byId(activation.getValue()))));
    }

    /** A typed number takes effect on Enter or when the field is left; "" in the target field means none. */
    private void typed(HTMLInputElement field, Property property) {
        HTMLElement error = Dom.byId(field.getId() + "-error");
        Fields.on(field, "change", () -> {
            String text = field.getValue().trim();
            if (property == Settings.TARGET_LOSS && text.isEmpty()) {
                text = "0";
            } else if (text.isEmpty()) {
                // Emptied and left: nothing was asked for, so show the value in force again, without a complaint.
                Fields.showError(field, error, null);
                field.setValue(shownText(property, page.playground().state()));
                return;
            }
            String problem = page.change(property, text);
            Fields.showError(field, error, problem);
            if (problem != null) {
                field.setValue(shownText(property, page.playground().state()));
            }
        });
    }

    private void chosen(HTMLSelectElement field, Property property) {
        Fields.on(field, "change", () -> page.change(property, field.getValue()));
    }

    void show(Playground playground) {
        PlaygroundState state = playground.state();
        Fields.showValue(learningRate, state.text(Settings.LEARNING_RATE));
        Fields.showValue(regularizationRate, state.text(Settings.REGULARIZATION_RATE));
        Fields.showValue(targetLoss, shownText(Settings.TARGET_LOSS, state));
        optimizer.setValue(state.text(Settings.OPTIMIZER));
        regularization.setValue(state.text(Settings.REGULARIZATION));
        regularizationRate.setDisabled("none".equals(state.text(Settings.REGULARIZATION)));
        showBatch(playground, state.integer(Settings.BATCH_SIZE));
        showActivation(playground.network());
        showLoss(playground);
    }

    private void showBatch(Playground playground, int batch) {
        int trainCount = Math.max(1, playground.data().trainCount());
        batchSize.setAttribute("max", Integer.toString(trainCount));
        Fields.showValue(batchSize, Integer.toString(Math.min(batch, trainCount)));
        batchValue.setTextContent(batch >= trainCount ? trainCount + " (full batch)" : Integer.toString(batch));
    }

    private void showActivation(Network network) {
        Activation common = network.commonActivation();
        activation.setDisabled(network.layerCount() == 0);
        activation.setValue(common != null ? common.id() : network.layerCount() == 0 ? "tanh" : "mixed");
        activationHint.setHidden(!network.uses(Activation.STEP));
    }

    /**
     * The menu's entries name what each builds for this set: a regression set has squared error or Huber (its
     * "squared error" entry would repeat the first), a classification set has no Huber.
     */
    private void showLoss(Playground playground) {
        Problem problem = playground.data().problem();
        int classes = playground.data().classCount();
        String choice = playground.state().text(Settings.LOSS);
        boolean regression = problem == Problem.REGRESSION;
        HTMLElement own = loss.getOptions().item(0);
        HTMLElement squared = loss.getOptions().item(1);
        HTMLElement huber = loss.getOptions().item(2);
        own.setTextContent(OutputRecipe.of(problem, classes, OutputRecipe.CROSS_ENTROPY).description());
        squared.setTextContent(OutputRecipe.of(problem, classes, OutputRecipe.SQUARED).description());
        Elements.flag(squared, "hidden", regression);
        huber.setTextContent(regression ? OutputRecipe.of(problem, classes, OutputRecipe.HUBER).description()
                : "Huber (regression sets)");
        Elements.flag(huber, "disabled", !regression);
        loss.setAttribute("title", "Output layer and loss: " + OutputRecipe.of(problem, classes, choice).text());
        loss.setValue(OutputRecipe.shown(problem, choice));
        String unused = OutputRecipe.unused(problem, choice);
        lossHint.setTextContent(unused);
        lossHint.setHidden(unused.isEmpty());
    }

    private static String shownText(Property property, PlaygroundState state) {
        String text = state.text(property);
        return property == Settings.TARGET_LOSS && state.decimal(property) == 0f ? "" : text;
    }
}
