package org.neurite.web.landing;

import org.neurite.web.dom.Numbers;
import org.neurite.web.chart.LossChart;
import org.neurite.web.dom.Dom;
import org.neurite.web.xor.XorProblem;
import org.teavm.jso.dom.html.HTMLElement;

/** The landing page's proof panel: status, build, epoch, loss, the loss chart and the four predictions. */
final class ProofView {
    private final HTMLElement status = Dom.byId("proof-status");
    private final HTMLElement epoch = Dom.byId("proof-epoch");
    private final HTMLElement loss = Dom.byId("proof-loss");
    private final HTMLElement[] predictions = new HTMLElement[XorProblem.SAMPLES];
    private final LossChart chart = new LossChart("proof-chart", XorProblem.EPOCHS);

    ProofView() {
        Dom.byId("proof-target").setTextContent(Dom.engineTargetName());
        HTMLElement body = (HTMLElement) Dom.byId("proof-predictions").querySelector("tbody");
        body.clear();
        for (int i = 0; i < predictions.length; i++) {
            HTMLElement row = Dom.element("tr", "");
            row.appendChild(Dom.element("td", Integer.toString((int) XorProblem.feature(i, 0))));
            row.appendChild(Dom.element("td", Integer.toString((int) XorProblem.feature(i, 1))));
            row.appendChild(Dom.element("td", Integer.toString(XorProblem.label(i))));
            predictions[i] = Dom.element("td", "–");
            predictions[i].setAttribute("class", "prediction");
            row.appendChild(predictions[i]);
            body.appendChild(row);
        }
    }

    void started(int seed, String message) {
        status.setTextContent(message);
        status.setAttribute("data-state", "training");
        status.setAttribute("data-seed", Integer.toString(seed));
        epoch.setTextContent("0");
        loss.setTextContent("–");
        chart.clear();
        chart.draw();
    }

    void epochFinished(int epochNumber, float epochLoss) {
        epoch.setTextContent(Integer.toString(epochNumber));
        loss.setTextContent(Numbers.fixed(epochLoss, 4));
        chart.add(epochLoss);
    }

    /** Shows the model's current outputs for the four points and redraws the chart. */
    void frameDone(float[] outputs) {
        for (int i = 0; i < predictions.length; i++) {
            predictions[i].setTextContent(Numbers.fixed(outputs[i], 3));
        }
        chart.draw();
    }

    void finished(boolean solved, String message) {
        status.setTextContent(message);
        status.setAttribute("data-state", solved ? "done" : "failed");
    }
}
